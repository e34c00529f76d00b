package dev.kaohe.review.defence.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.review.defence.DefenceComment;
import dev.kaohe.review.defence.DefenceFilter;
import dev.kaohe.review.defence.DefenceForm;
import dev.kaohe.review.defence.DefenceRecords;
import dev.kaohe.review.defence.DefenceView;
import dev.kaohe.review.defence.Obstacle;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review defence library (search, filters, export), a participant's record, and the manager's comment. */
@Controller
class DefencePages {

    private final DefenceRecords records;
    private final Cycles cycles;
    private final CycleDirectory directory;
    private final OrgUnits units;
    private final Messages messages;
    private final int pageSize;

    DefencePages(DefenceRecords records, Cycles cycles, CycleDirectory directory, OrgUnits units, Messages messages,
                 @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.records = records;
        this.cycles = cycles;
        this.directory = directory;
        this.units = units;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/review/defence")
    String library(@RequestParam(required = false) String q, @RequestParam(required = false) Obstacle obstacle,
                   @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) Long cycleId,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        DefenceFilter filter = new DefenceFilter(q, obstacle, orgUnitId, cycleId);
        model.addAttribute("page", records.search(filter, PageRequest.of(Math.max(page, 0), pageSize)));
        model.addAttribute("filter", filter);
        model.addAttribute("obstacles", Obstacle.values());
        model.addAttribute("units", units.list());
        List<ParticipantView> mine = cycles.myParticipations().stream()
                .filter(p -> directory.cycle(p.cycleId()).map(c -> c.type() == CycleType.QUARTERLY).orElse(false)).toList();
        Map<Long, String> cycleNames = new LinkedHashMap<>();
        mine.forEach(p -> directory.cycle(p.cycleId()).ifPresent(c -> cycleNames.put(c.id(), c.periodLabel() + " " + c.name())));
        model.addAttribute("mine", mine);
        model.addAttribute("cycleNames", cycleNames);
        model.addAttribute("companyWide", records.readsCompanyWide());
        String query = "?q=" + enc(q) + "&obstacle=" + (obstacle == null ? "" : obstacle.name())
                + "&orgUnitId=" + (orgUnitId == null ? "" : orgUnitId) + "&cycleId=" + (cycleId == null ? "" : cycleId);
        model.addAttribute("pagerUrl", "/review/defence" + query);
        model.addAttribute("exportUrl", "/review/defence/export.xlsx" + query);
        return "review/defence-library";
    }

    @GetMapping("/review/defence/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Obstacle obstacle,
                @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) Long cycleId,
                HttpServletResponse response) throws IOException {
        DefenceFilter filter = new DefenceFilter(q, obstacle, orgUnitId, cycleId);
        records.search(filter, PageRequest.of(0, 1));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.get("defence.library.title") + ".xlsx", StandardCharsets.UTF_8).build().toString());
        records.export(filter, response.getOutputStream());
    }

    @GetMapping("/review/defence/participants/{id}")
    String record(@PathVariable long id, Model model) {
        model.addAttribute("record", records.get(id));
        model.addAttribute("obstacles", Obstacle.values());
        return "review/defence-record";
    }

    @PostMapping("/review/defence/participants/{id}")
    String write(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                 @RequestParam(required = false) Obstacle obstacle, @RequestParam(required = false) String missedTarget,
                 @RequestParam(required = false) String channelMix, @RequestParam(required = false) String customerTiering,
                 @RequestParam(required = false) String lessons, @RequestParam(required = false) Long version,
                 Model model, RedirectAttributes redirect) {
        DefenceForm form = new DefenceForm(obstacle, missedTarget, channelMix, customerTiering, lessons, version);
        try {
            DefenceView view = "submit".equals(action) ? records.submit(id, form) : records.save(id, form);
            redirect.addFlashAttribute("flash", messages.get("submit".equals(action) ? "defence.submitted" : "defence.saved"));
            return "redirect:/review/defence/participants/" + view.participantId();
        } catch (InvalidInputException e) {
            DefenceView saved = records.get(id);
            model.addAttribute("record", new DefenceView(saved.id(), saved.cycleId(), saved.cycleName(), saved.periodLabel(),
                    saved.participantId(), saved.employeeId(), saved.employeeName(), saved.orgUnitId(), saved.orgUnitName(),
                    obstacle, missedTarget, channelMix, customerTiering, lessons, saved.managerComment(), saved.commentedBy(),
                    saved.commentedAt(), saved.status(), saved.submittedAt(), saved.updatedAt(), saved.version(),
                    saved.canEdit(), saved.canComment()));
            model.addAttribute("obstacles", Obstacle.values());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.merge(p.field(), p.message(), (a, b) -> a + " " + b);
            }
            model.addAttribute("errors", errors);
            return "review/defence-record";
        }
    }

    @PostMapping("/review/defence/participants/{id}/comment")
    String comment(@PathVariable long id, @RequestParam(required = false) String comment, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        try {
            records.comment(id, new DefenceComment(comment, version));
            redirect.addFlashAttribute("flash", messages.get("defence.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
        return "redirect:/review/defence/participants/" + id;
    }

    private static String enc(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
