package dev.kaohe.indicator.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.indicator.CopyForm;
import dev.kaohe.indicator.IndicatorAccess;
import dev.kaohe.indicator.IndicatorFilter;
import dev.kaohe.indicator.Indicators;
import dev.kaohe.indicator.RuleJson;
import dev.kaohe.indicator.SchemeForm;
import dev.kaohe.indicator.SchemeSettingsForm;
import dev.kaohe.indicator.SchemeStatus;
import dev.kaohe.indicator.SchemeVersionView;
import dev.kaohe.indicator.SchemeView;
import dev.kaohe.indicator.SchemeWorkbooks;
import dev.kaohe.indicator.Schemes;
import dev.kaohe.indicator.VersionForm;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scheme pages: list, detail with versions, validate, lock, the editor, copy, compare, Excel export and import. */
@Controller
class SchemeController {

    private final Schemes schemes;
    private final SchemeWorkbooks workbooks;
    private final Indicators indicators;
    private final RuleJson rules;
    private final IndicatorAccess access;
    private final Messages messages;
    private final JsonMapper json;
    private final int pageSize;

    SchemeController(Schemes schemes, SchemeWorkbooks workbooks, Indicators indicators, RuleJson rules,
                     IndicatorAccess access, Messages messages, JsonMapper json,
                     @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.schemes = schemes;
        this.workbooks = workbooks;
        this.indicators = indicators;
        this.rules = rules;
        this.access = access;
        this.messages = messages;
        this.json = json;
        this.pageSize = pageSize;
    }

    @InitBinder({"form", "editor"})
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/schemes")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) SchemeStatus status,
                @RequestParam(required = false) PositionFamily family, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<SchemeView> result = schemes.search(q, status, family, PageRequest.of(Math.max(page, 0), pageSize));
        model.addAttribute("page", result);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("family", family);
        model.addAttribute("pagerUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/schemes")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("family", java.util.Optional.ofNullable(family))
                .encode().build().toUriString());
        model.addAttribute("statuses", SchemeStatus.values());
        model.addAttribute("families", PositionFamily.values());
        model.addAttribute("canManage", access.canWrite(CurrentUser.get()));
        return "indicator/schemes";
    }

    @GetMapping("/schemes/new")
    String createForm(@RequestParam(required = false) String preset, Model model) {
        access.requireWriter(CurrentUser.get());
        NewSchemeData form = new NewSchemeData();
        form.preset = preset == null ? "PRESET-A" : preset;
        return newForm(model, form, Map.of());
    }

    @PostMapping("/schemes")
    String create(@ModelAttribute("form") NewSchemeData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireWriter(CurrentUser.get());
        try {
            SchemeView created = schemes.create(new SchemeForm(form.code, form.name, form.description, form.positionFamilies,
                    form.preset, null, null));
            redirect.addFlashAttribute("flash", messages.get("scheme.created"));
            return "redirect:/schemes/" + created.code();
        } catch (InvalidInputException e) {
            return newForm(model, form, FormErrors.of(e.problems()));
        }
    }

    @GetMapping({"/schemes/{code}", "/schemes/{code}/versions/{number}"})
    String detail(@PathVariable String code, @PathVariable(required = false) Integer number, Model model) {
        SchemeView scheme = schemes.get(code);
        SchemeVersionView version = schemes.version(code, number);
        model.addAttribute("scheme", scheme);
        model.addAttribute("current", version);
        model.addAttribute("versions", schemes.versions(code));
        model.addAttribute("rules", ruleLines(version.definition()));
        model.addAttribute("families", PositionFamily.values());
        model.addAttribute("statuses", SchemeStatus.values());
        model.addAttribute("canManage", access.canWrite(CurrentUser.get()));
        return "indicator/scheme";
    }

    /** The validation result of one version, as a fragment for the detail page (htmx) or a page of its own. */
    @GetMapping("/schemes/{code}/versions/{number}/validation")
    String validation(@PathVariable String code, @PathVariable int number, Model model) {
        model.addAttribute("report", schemes.validate(code, number));
        return "indicator/scheme :: validation";
    }

    @PostMapping("/schemes/{code}/settings")
    String settings(@PathVariable String code, @ModelAttribute("form") SettingsData form, BindingResult binding,
                    RedirectAttributes redirect) {
        try {
            schemes.updateSettings(code, new SchemeSettingsForm(form.name, form.description, form.positionFamilies, form.status, form.version));
            redirect.addFlashAttribute("flash", messages.get("indicator.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
        return "redirect:/schemes/" + code;
    }

    @PostMapping("/schemes/{code}/versions/{number}/lock")
    String lock(@PathVariable String code, @PathVariable int number, RedirectAttributes redirect) {
        try {
            schemes.lock(code, number);
            redirect.addFlashAttribute("flash", messages.get("scheme.locked", number));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        }
        return "redirect:/schemes/" + code + "/versions/" + number;
    }

    // --- editor

    @GetMapping("/schemes/{code}/edit")
    String edit(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
        access.requireWriter(CurrentUser.get());
        SchemeVersionView base = schemes.version(code, version);
        return editor(model, code, base, EditorData.of(base.definition(), rules, json), Map.of(), List.of());
    }

    @PostMapping("/schemes/{code}/edit")
    String saveEdit(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String action,
                    @ModelAttribute("editor") EditorData editor, BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requireWriter(CurrentUser.get());
        SchemeVersionView base = schemes.version(code, version);
        editor.dropRemoved();
        if (action != null && action.startsWith("add")) {
            editor.add(action);
            return editor(model, code, base, editor, Map.of(), List.of());
        }
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.ofBinding(binding, messages));
        SchemeSpec spec;
        try {
            spec = editor.toSpec(rules, json, errors);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.put(p.field(), p.message()));
            spec = null;
        }
        if (!errors.isEmpty() || spec == null) {
            return editor(model, code, base, editor, errors, List.of());
        }
        try {
            SchemeVersionView saved = schemes.save(code, version, new VersionForm(spec, editor.note));
            redirect.addFlashAttribute("flash", saved.number() == version ? messages.get("scheme.savedDraft", saved.number())
                    : messages.get("scheme.savedNew", saved.number(), version));
            return "redirect:/schemes/" + code + "/versions/" + saved.number();
        } catch (InvalidInputException e) {
            return editor(model, code, base, editor, editor.fieldErrors(e.problems()), e.problems());
        }
    }

    private String editor(Model model, String code, SchemeVersionView base, EditorData editor, Map<String, String> errors,
                          List<FieldProblem> problems) {
        model.addAttribute("scheme", schemes.get(code));
        model.addAttribute("base", base);
        model.addAttribute("editor", editor);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("policies", SchemeSpec.RangePolicy.values());
        model.addAttribute("directions", ItemSpec.Direction.values());
        model.addAttribute("sources", ItemSpec.Source.values());
        model.addAttribute("indicators", indicators.search(new IndicatorFilter(null, null, null, null, null, true), Pageable.unpaged()).getContent());
        return "indicator/scheme-editor";
    }

    // --- copy, compare

    @GetMapping("/schemes/{code}/copy")
    String copyForm(@PathVariable String code, Model model) {
        access.requireWriter(CurrentUser.get());
        SchemeView scheme = schemes.get(code);
        NewSchemeData form = new NewSchemeData();
        form.name = scheme.name();
        return copyPage(model, scheme, form, Map.of());
    }

    @PostMapping("/schemes/{code}/copy")
    String copy(@PathVariable String code, @ModelAttribute("form") NewSchemeData form, BindingResult binding,
                @RequestParam(required = false) Integer fromVersion, Model model, RedirectAttributes redirect) {
        access.requireWriter(CurrentUser.get());
        try {
            SchemeView created = schemes.copy(code, new CopyForm(form.code, form.name, fromVersion));
            redirect.addFlashAttribute("flash", messages.get("scheme.copied", code));
            return "redirect:/schemes/" + created.code();
        } catch (InvalidInputException e) {
            return copyPage(model, schemes.get(code), form, FormErrors.of(e.problems()));
        }
    }

    private String copyPage(Model model, SchemeView scheme, NewSchemeData form, Map<String, String> errors) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("versions", schemes.versions(scheme.code()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "indicator/scheme-copy";
    }

    @GetMapping("/schemes/{code}/compare")
    String compare(@PathVariable String code, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        SchemeView scheme = schemes.get(code);
        int right = to == null ? scheme.latestVersion() : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        model.addAttribute("scheme", scheme);
        model.addAttribute("versions", schemes.versions(code));
        model.addAttribute("diff", schemes.diff(code, left, right));
        return "indicator/scheme-compare";
    }

    // --- Excel

    @GetMapping("/schemes/{code}/versions/{number}/export")
    void export(@PathVariable String code, @PathVariable int number, HttpServletResponse response) throws IOException {
        SchemeWorkbooks.Export export = workbooks.export(code, number);
        response.setContentType(SchemeWorkbooks.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename()).build().toString());
        response.getOutputStream().write(export.bytes());
    }

    @PostMapping("/schemes/{code}/import")
    String importVersion(@PathVariable String code, @RequestParam("file") MultipartFile file,
                         @RequestParam(required = false) String note, RedirectAttributes redirect) throws IOException {
        access.requireWriter(CurrentUser.get());
        try {
            SchemeVersionView created = workbooks.importVersion(code, file.getInputStream(), note);
            redirect.addFlashAttribute("flash", messages.get("scheme.imported", created.number()));
            return "redirect:/schemes/" + code + "/versions/" + created.number();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
            return "redirect:/schemes/" + code;
        }
    }

    private String newForm(Model model, NewSchemeData form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("presets", schemes.presets());
        model.addAttribute("families", PositionFamily.values());
        return "indicator/scheme-new";
    }

    private static Map<String, String> ruleLines(SchemeSpec spec) {
        Map<String, String> lines = new HashMap<>();
        spec.items().forEach(i -> lines.put(i.code(), RuleSummary.of(i.rule())));
        return lines;
    }

    /** New scheme and copy forms. */
    public static class NewSchemeData {
        public String code;
        public String name;
        public String description;
        public String preset;
        public List<PositionFamily> positionFamilies = new ArrayList<>();
    }

    public static class SettingsData {
        public String name;
        public String description;
        public List<PositionFamily> positionFamilies = new ArrayList<>();
        public SchemeStatus status;
        public Long version;
    }

    /** The whole definition as the editor posts it; rows ticked "remove" are dropped, "add…" actions append a row. */
    public static class EditorData {
        public String note;
        public SchemeSpec.RangePolicy rangePolicy;
        public List<DimensionRow> dimensions = new ArrayList<>();

        static EditorData of(SchemeSpec spec, RuleJson rules, JsonMapper json) {
            EditorData data = new EditorData();
            data.rangePolicy = spec.rangePolicy();
            for (DimensionSpec d : spec.dimensions()) {
                DimensionRow row = new DimensionRow();
                row.code = d.code();
                row.name = d.name();
                row.weight = d.weight();
                row.minWeight = d.minWeight();
                row.maxWeight = d.maxWeight();
                for (ItemSpec i : d.items()) {
                    ItemRow item = new ItemRow();
                    item.code = i.code();
                    item.name = i.name();
                    item.indicatorCode = i.indicatorCode();
                    item.weight = i.weight();
                    item.direction = i.direction();
                    item.target = i.target();
                    item.source = i.source();
                    item.rule = rules.text(i.rule());
                    item.blend = i.blend() == null ? null : json.writeValueAsString(i.blend());
                    row.items.add(item);
                }
                data.dimensions.add(row);
            }
            return data;
        }

        void dropRemoved() {
            dimensions.removeIf(d -> d == null || d.remove);
            dimensions.forEach(d -> d.items.removeIf(i -> i == null || i.remove));
        }

        void add(String action) {
            if (action.equals("addDimension")) {
                dimensions.add(new DimensionRow());
            } else if (action.startsWith("addItem:")) {
                int index = Integer.parseInt(action.substring("addItem:".length()));
                if (index >= 0 && index < dimensions.size()) {
                    ItemRow row = new ItemRow();
                    row.direction = ItemSpec.Direction.HIGHER_IS_BETTER;
                    row.source = ItemSpec.Source.MEASURED;
                    row.rule = "{\"type\":\"TIER_TABLE\",\"preset\":\"000\"}";
                    dimensions.get(index).items.add(row);
                }
            }
        }

        /** A blank dimension weight is the sum of its items' weights. */
        SchemeSpec toSpec(RuleJson rules, JsonMapper json, Map<String, String> errors) {
            List<DimensionSpec> list = new ArrayList<>();
            for (int d = 0; d < dimensions.size(); d++) {
                DimensionRow row = dimensions.get(d);
                List<ItemSpec> items = new ArrayList<>();
                for (int i = 0; i < row.items.size(); i++) {
                    ItemRow item = row.items.get(i);
                    String field = "dimensions[" + d + "].items[" + i + "]";
                    RuleSpec rule = null;
                    try {
                        rule = rules.parse(field + ".rule", item.rule);
                    } catch (InvalidInputException e) {
                        e.problems().forEach(p -> errors.put(p.field(), p.message()));
                    }
                    Map<String, BigDecimal> blend = null;
                    if (item.blend != null && !item.blend.isBlank()) {
                        try {
                            blend = json.readValue(item.blend, new TypeReference<Map<String, BigDecimal>>() { });
                        } catch (JacksonException e) {
                            errors.put(field + ".blend", "JSON");
                        }
                    }
                    items.add(new ItemSpec(blank(item.code), blank(item.name), blank(item.indicatorCode), item.weight,
                            item.direction, item.target, item.source, rule, blend));
                }
                BigDecimal weight = row.weight != null ? row.weight
                        : items.stream().map(ItemSpec::weight).filter(w -> w != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                list.add(new DimensionSpec(blank(row.code), blank(row.name), weight, row.minWeight, row.maxWeight, items));
            }
            return new SchemeSpec(null, null, null, rangePolicy, list);
        }

        /** The engine names problems by codes ({@code dimensions[业绩].items[sales].weight}); the form's fields are by position. */
        Map<String, String> fieldErrors(List<FieldProblem> problems) {
            Map<String, String> byPosition = new LinkedHashMap<>();
            Map<String, String> prefixes = new HashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                DimensionRow row = dimensions.get(d);
                prefixes.put("dimensions[" + row.code + "]", "dimensions[" + d + "]");
                for (int i = 0; i < row.items.size(); i++) {
                    prefixes.put("dimensions[" + row.code + "].items[" + row.items.get(i).code + "]", "dimensions[" + d + "].items[" + i + "]");
                }
            }
            for (FieldProblem p : problems) {
                String field = p.field() == null ? "" : p.field();
                String best = null;
                for (String prefix : prefixes.keySet()) {
                    if (field.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                        best = prefix;
                    }
                }
                String key = best == null ? field : prefixes.get(best) + field.substring(best.length());
                byPosition.merge(key, p.message(), (a, b) -> a + " " + b);
            }
            return byPosition;
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public static class DimensionRow {
        public String code;
        public String name;
        public BigDecimal weight;
        public BigDecimal minWeight;
        public BigDecimal maxWeight;
        public boolean remove;
        public List<ItemRow> items = new ArrayList<>();
    }

    public static class ItemRow {
        public String code;
        public String name;
        public String indicatorCode;
        public BigDecimal weight;
        public ItemSpec.Direction direction;
        public BigDecimal target;
        public ItemSpec.Source source;
        public String rule;
        public String blend;
        public boolean remove;
    }
}
