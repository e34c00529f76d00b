package dev.kaohe.indicator.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.indicator.DataSource;
import dev.kaohe.indicator.Direction;
import dev.kaohe.indicator.IndicatorAccess;
import dev.kaohe.indicator.IndicatorDimension;
import dev.kaohe.indicator.IndicatorFilter;
import dev.kaohe.indicator.IndicatorForm;
import dev.kaohe.indicator.IndicatorType;
import dev.kaohe.indicator.IndicatorUnit;
import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.indicator.Indicators;
import dev.kaohe.indicator.Measure;
import dev.kaohe.indicator.RuleJson;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The indicator library pages: list with filters, detail, and the HR forms. */
@Controller
class IndicatorController {

    private final Indicators indicators;
    private final RuleJson rules;
    private final IndicatorAccess access;
    private final Messages messages;
    private final int pageSize;

    IndicatorController(Indicators indicators, RuleJson rules, IndicatorAccess access, Messages messages,
                        @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.indicators = indicators;
        this.rules = rules;
        this.access = access;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/indicators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) IndicatorDimension dimension,
                @RequestParam(required = false) IndicatorType type, @RequestParam(required = false) Measure measure,
                @RequestParam(required = false) PositionFamily family, @RequestParam(required = false) Boolean active,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        IndicatorFilter filter = new IndicatorFilter(q, dimension, type, measure, family, active);
        Page<IndicatorView> result = indicators.search(filter, PageRequest.of(Math.max(page, 0), pageSize));
        model.addAttribute("filter", filter);
        model.addAttribute("page", result);
        model.addAttribute("pagerUrl", url("/indicators", filter).encode().build().toUriString());
        model.addAttribute("exportUrl", url("/indicators/export", filter).encode().build().toUriString());
        model.addAttribute("canManage", access.canWrite(CurrentUser.get()));
        if (htmx != null) {
            return "indicator/list :: results";
        }
        choices(model);
        return "indicator/list";
    }

    @GetMapping("/indicators/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) IndicatorDimension dimension,
                @RequestParam(required = false) IndicatorType type, @RequestParam(required = false) Measure measure,
                @RequestParam(required = false) PositionFamily family, @RequestParam(required = false) Boolean active,
                HttpServletResponse response) throws IOException {
        List<IndicatorView> rows = indicators.search(new IndicatorFilter(q, dimension, type, measure, family, active),
                Pageable.unpaged()).getContent();
        byte[] bytes = IndicatorWorkbook.write(rows, messages);
        response.setContentType(IndicatorWorkbook.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("indicators.xlsx").build().toString());
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/indicators/new")
    String createForm(Model model) {
        access.requireWriter(CurrentUser.get());
        return form(model, new IndicatorFormData(), null, Map.of());
    }

    @PostMapping("/indicators")
    String create(@ModelAttribute("form") IndicatorFormData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireWriter(CurrentUser.get());
        return save(null, form, binding, model, redirect);
    }

    @GetMapping("/indicators/{code}")
    String detail(@PathVariable String code, Model model) {
        IndicatorView indicator = indicators.get(code);
        model.addAttribute("indicator", indicator);
        model.addAttribute("ruleText", rules.text(indicator.defaultRule()));
        model.addAttribute("canManage", access.canWrite(CurrentUser.get()));
        return "indicator/detail";
    }

    @GetMapping("/indicators/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        access.requireWriter(CurrentUser.get());
        return form(model, IndicatorFormData.of(indicators.get(code), rules), code, Map.of());
    }

    @PostMapping("/indicators/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") IndicatorFormData form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        access.requireWriter(CurrentUser.get());
        return save(code, form, binding, model, redirect);
    }

    @PostMapping("/indicators/{code}/{action:deactivate|reactivate}")
    String status(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            if (action.equals("deactivate")) {
                indicators.deactivate(code, version);
            } else {
                indicators.reactivate(code, version);
            }
            redirect.addFlashAttribute("flash", messages.get("indicator." + action + "d"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
        return "redirect:/indicators/" + code;
    }

    private String save(String code, IndicatorFormData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.ofBinding(binding, messages));
        if (!errors.isEmpty()) {
            return form(model, form, code, errors);
        }
        try {
            IndicatorForm command = form.toForm(rules.parse("defaultRule", form.defaultRule));
            IndicatorView saved = code == null ? indicators.create(command) : indicators.update(code, command);
            redirect.addFlashAttribute("flash", messages.get("indicator.saved"));
            return "redirect:/indicators/" + saved.code();
        } catch (InvalidInputException e) {
            return form(model, form, code, FormErrors.of(e.problems()));
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return form(model, form, code, Map.of());
        }
    }

    private String form(Model model, IndicatorFormData form, String code, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        choices(model);
        model.addAttribute("units", IndicatorUnit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("sources", DataSource.values());
        return "indicator/form";
    }

    private static void choices(Model model) {
        model.addAttribute("dimensions", IndicatorDimension.values());
        model.addAttribute("types", IndicatorType.values());
        model.addAttribute("measures", Measure.values());
        model.addAttribute("families", PositionFamily.values());
    }

    private static UriComponentsBuilder url(String path, IndicatorFilter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (filter.q() != null && !filter.q().isBlank()) {
            url.queryParam("q", filter.q().strip());
        }
        if (filter.dimension() != null) {
            url.queryParam("dimension", filter.dimension());
        }
        if (filter.type() != null) {
            url.queryParam("type", filter.type());
        }
        if (filter.measure() != null) {
            url.queryParam("measure", filter.measure());
        }
        if (filter.family() != null) {
            url.queryParam("family", filter.family());
        }
        if (filter.active() != null) {
            url.queryParam("active", filter.active());
        }
        return url;
    }

    /** The indicator form as the browser posts it. */
    public static class IndicatorFormData {
        public String code;
        public String nameZh;
        public String nameEn;
        public String definitionZh;
        public String definitionEn;
        public IndicatorDimension dimension;
        public IndicatorUnit unit;
        public Direction direction;
        public IndicatorType type;
        public Measure measure;
        public DataSource dataSource;
        public BigDecimal defaultTarget;
        public String defaultRule;
        public List<PositionFamily> positionFamilies = new ArrayList<>();
        public Long version;

        static IndicatorFormData of(IndicatorView v, RuleJson rules) {
            IndicatorFormData f = new IndicatorFormData();
            f.code = v.code();
            f.nameZh = v.nameZh();
            f.nameEn = v.nameEn();
            f.definitionZh = v.definitionZh();
            f.definitionEn = v.definitionEn();
            f.dimension = v.dimension();
            f.unit = v.unit();
            f.direction = v.direction();
            f.type = v.type();
            f.measure = v.measure();
            f.dataSource = v.dataSource();
            f.defaultTarget = v.defaultTarget();
            f.defaultRule = rules.text(v.defaultRule());
            f.positionFamilies = new ArrayList<>(v.positionFamilies());
            f.version = v.version();
            return f;
        }

        IndicatorForm toForm(RuleSpec rule) {
            return new IndicatorForm(code, nameZh, nameEn, definitionZh, definitionEn, dimension, unit, direction, type,
                    measure, dataSource, defaultTarget, rule, positionFamilies == null ? List.of() : positionFamilies,
                    version);
        }
    }
}
