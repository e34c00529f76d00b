package dev.kaohe.cycle.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CycleFilter;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleStatus;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.DeadlineChange;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.cycle.ReviewerChange;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.org.Positions;
import dev.kaohe.org.Regions;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.scoring.SchemeSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Cycle list, create form with a population preview, and the cycle page (phases, deadlines, participants). */
@Controller
class CyclePages {

    private final Cycles cycles;
    private final OrgUnits units;
    private final Positions positions;
    private final Regions regions;
    private final Employees employees;
    private final SchemeSource schemes;
    private final Messages messages;
    private final dev.kaohe.cycle.CycleSettings settings;
    private final int pageSize;

    CyclePages(Cycles cycles, OrgUnits units, Positions positions, Regions regions, Employees employees, SchemeSource schemes,
               Messages messages, dev.kaohe.cycle.CycleSettings settings, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.settings = settings;
        this.cycles = cycles;
        this.units = units;
        this.positions = positions;
        this.regions = regions;
        this.employees = employees;
        this.schemes = schemes;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/cycles")
    String list(@RequestParam(required = false) CycleType type, @RequestParam(required = false) CycleStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", cycles.search(new CycleFilter(type, status, q), PageRequest.of(Math.max(page, 0), pageSize)));
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("types", CycleType.values());
        model.addAttribute("statuses", CycleStatus.values());
        model.addAttribute("canManage", cycles.canManage());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/cycles").queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).build().encode().toUriString());
        return "cycle/list";
    }

    @GetMapping("/cycles/new")
    String newForm(Model model) {
        requireManager();
        return form(model, new CycleFormData(), Map.of());
    }

    @PostMapping("/cycles/new")
    String create(@ModelAttribute("form") CycleFormData form, org.springframework.validation.BindingResult binding, Model model) {
        requireManager();
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                messages.get("cycle.error.format", messages.get("cycle.field." + e.getField().replaceAll("\\[.*", "")))));
        if (!errors.isEmpty()) {
            return form(model, form, errors);
        }
        try {
            CycleView created = cycles.create(form.toForm());
            return "redirect:/cycles/" + created.id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field().replace("population.", ""), p.message()));
            return form(model, form, errors);
        }
    }

    /** The number of people the form's criteria select, for htmx. */
    @PostMapping("/cycles/population-count")
    @ResponseBody
    String populationCount(@ModelAttribute("form") CycleFormData form) {
        requireManager();
        long count = cycles.previewPopulation(form.population(), form.getPeriodStart());
        return messages.get("cycle.population.count", count);
    }

    private String form(Model model, CycleFormData form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", CycleType.values());
        model.addAttribute("windows", settings);
        model.addAttribute("units", units.list().stream().filter(u -> u.active()).toList());
        model.addAttribute("positions", positions.list().stream().filter(p -> p.active()).toList());
        model.addAttribute("regions", regions.list().stream().filter(r -> r.active()).toList());
        model.addAttribute("schemes", schemes.available());
        model.addAttribute("quarters", cycles.search(new CycleFilter(CycleType.QUARTERLY, null, null), PageRequest.of(0, 50)).getContent());
        return "cycle/form";
    }

    @GetMapping("/cycles/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        CycleView cycle = cycles.get(id);
        Page<ParticipantView> participants = cycles.participants(id, q, PageRequest.of(Math.max(page, 0), pageSize));
        model.addAttribute("cycle", cycle);
        model.addAttribute("participants", participants);
        model.addAttribute("q", q);
        model.addAttribute("canManage", cycles.canManage());
        model.addAttribute("phases", CyclePhase.values());
        model.addAttribute("nextPhase", cycle.phase() == CyclePhase.CLOSED ? null : cycle.phase().next());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/cycles/" + id)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).build().encode().toUriString());
        return "cycle/detail";
    }

    @PostMapping("/cycles/{id:\\d+}/phase")
    String changePhase(@PathVariable long id, @RequestParam(required = false) CyclePhase to, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        act(redirect, () -> cycles.changePhase(id, new PhaseChange(to, reason, version)));
        return "redirect:/cycles/" + id;
    }

    @PostMapping("/cycles/{id:\\d+}/deadline")
    String changeDeadline(@PathVariable long id, @RequestParam(required = false) CyclePhase phase,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                          @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        act(redirect, () -> cycles.changeDeadline(id, new DeadlineChange(phase, deadline, reason, version)));
        return "redirect:/cycles/" + id;
    }

    @PostMapping("/cycles/{id:\\d+}/participants/{employeeId:\\d+}/reviewer")
    String changeReviewer(@PathVariable long id, @PathVariable long employeeId, @RequestParam(required = false) String reviewerNo,
                          @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        act(redirect, () -> {
            Long reviewer = reviewerNo == null || reviewerNo.isBlank() ? null : employees.idOf(reviewerNo).orElseThrow(() ->
                    new InvalidInputException(List.of(new FieldProblem("reviewerNo", reviewerNo,
                            messages.get("cycle.error.reviewerNoUnknown", reviewerNo)))));
            cycles.changeReviewer(id, employeeId, new ReviewerChange(reviewer, reason, version));
        });
        return "redirect:/cycles/" + id;
    }

    @GetMapping("/cycles/{id:\\d+}/participants.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String q) throws IOException {
        CycleView cycle = cycles.get(id);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("cycle.participants"));
            Row header = sheet.createRow(0);
            String[] columns = {"employeeNo", "employeeName", "orgUnit", "position", "scheme", "reviewer"};
            for (int i = 0; i < columns.length; i++) {
                SheetCells.text(header, i, messages.get("cycle.column." + columns[i]));
            }
            int rowNo = 1;
            Page<ParticipantView> page = cycles.participants(id, q, PageRequest.of(0, 500));
            while (true) {
                for (ParticipantView p : page.getContent()) {
                    Row row = sheet.createRow(rowNo++);
                    SheetCells.text(row, 0, p.employeeNo());
                    SheetCells.text(row, 1, p.employeeName());
                    SheetCells.text(row, 2, p.orgUnitName());
                    SheetCells.text(row, 3, p.positionName());
                    SheetCells.text(row, 4, p.schemeCode() + " v" + p.schemeVersion());
                    SheetCells.text(row, 5, p.reviewerName());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = cycles.participants(id, q, page.nextPageable());
            }
            workbook.write(out);
            String filename = "cycle-" + cycle.id() + "-participants.xlsx";
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    private void act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", messages.get("cycle.error.staleShort"));
        }
    }

    private void requireManager() {
        if (!cycles.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("cycles are managed by HR and admins");
        }
    }
}
