package dev.kaohe.review.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CycleFilter;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.review.AdjustForm;
import dev.kaohe.review.AssessmentView;
import dev.kaohe.review.Assessments;
import dev.kaohe.review.Calibrations;
import dev.kaohe.review.FormKind;
import dev.kaohe.review.ItemInput;
import dev.kaohe.review.ManagerForm;
import dev.kaohe.review.ReopenForm;
import dev.kaohe.review.Results;
import dev.kaohe.review.SelfForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The review pages: my assessments, the assessment form (self or manager view), a result with its explanation,
 * and the calibration page with lock and publish. A refused or stale save shows the form again with what was typed.
 */
@Controller
class ReviewPages {

    private static final String FORM = "/review/cycles/{cycleId:\\d+}/assessments/{employeeId:\\d+}";

    private final Assessments assessments;
    private final Results results;
    private final Calibrations calibrations;
    private final Cycles cycles;
    private final Messages messages;

    ReviewPages(Assessments assessments, Results results, Calibrations calibrations, Cycles cycles, Messages messages) {
        this.assessments = assessments;
        this.results = results;
        this.calibrations = calibrations;
        this.cycles = cycles;
        this.messages = messages;
    }

    @GetMapping("/review")
    String mine(Model model) {
        model.addAttribute("mine", assessments.mine());
        CurrentUser user = CurrentUser.get();
        boolean overseer = user.hasAny(Role.HR, Role.ADMIN, Role.EXECUTIVE, Role.AUDITOR);
        model.addAttribute("overseer", overseer);
        model.addAttribute("cycles", overseer ? cycles.search(CycleFilter.none(), PageRequest.of(0, 20)).getContent() : List.of());
        return "review/mine";
    }

    @GetMapping(FORM)
    String form(@PathVariable long cycleId, @PathVariable long employeeId, Model model) {
        AssessmentView view = assessments.get(cycleId, employeeId);
        model.addAttribute("a", view);
        model.addAttribute("typed", typed(view, null));
        return "review/form";
    }

    @PostMapping(FORM + "/self")
    String saveSelf(@PathVariable long cycleId, @PathVariable long employeeId, @RequestParam MultiValueMap<String, String> params,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean submit = "submit".equals(params.getFirst("action"));
        SelfForm form = new SelfForm(version(params), items(params));
        return save(cycleId, employeeId, params, model, redirect, response, submit,
                () -> assessments.saveSelf(cycleId, employeeId, form, submit));
    }

    @PostMapping(FORM + "/manager")
    String saveManager(@PathVariable long cycleId, @PathVariable long employeeId, @RequestParam MultiValueMap<String, String> params,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean submit = "submit".equals(params.getFirst("action"));
        ManagerForm form = new ManagerForm(version(params), items(params), params.getFirst("strengths"), params.getFirst("gaps"),
                params.getFirst("signature"));
        return save(cycleId, employeeId, params, model, redirect, response, submit,
                () -> assessments.saveManager(cycleId, employeeId, form, submit));
    }

    private String save(long cycleId, long employeeId, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
                        HttpServletResponse response, boolean submit, java.util.function.Supplier<AssessmentView> work) {
        try {
            work.get();
            redirect.addFlashAttribute("flash", messages.get(submit ? "review.flash.submitted" : "review.flash.saved"));
            return "redirect:/review/cycles/" + cycleId + "/assessments/" + employeeId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.merge(p.field(), p.message(), (x, y) -> x + " " + y);
            }
            model.addAttribute("errors", errors);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e instanceof ConflictException ? e.getMessage() : messages.get("review.error.stale"));
        }
        AssessmentView view = assessments.get(cycleId, employeeId);
        model.addAttribute("a", view);
        model.addAttribute("typed", typed(view, params));
        return "review/form";
    }

    @PostMapping(FORM + "/{kind:self|manager}/reopen")
    String reopen(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable String kind,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        assessments.reopen(cycleId, employeeId, FormKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), new ReopenForm(reason));
        redirect.addFlashAttribute("flash", messages.get("review.flash.reopened"));
        return "redirect:/review/cycles/" + cycleId + "/assessments/" + employeeId;
    }

    @PostMapping(FORM + "/self/attachments")
    String attach(@PathVariable long cycleId, @PathVariable long employeeId, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String itemCode, RedirectAttributes redirect) throws IOException {
        assessments.attach(cycleId, employeeId, itemCode, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        redirect.addFlashAttribute("flash", messages.get("review.flash.attached"));
        return "redirect:/review/cycles/" + cycleId + "/assessments/" + employeeId;
    }

    @GetMapping(FORM + "/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable long attachmentId) {
        Assessments.Download file = assessments.attachment(cycleId, employeeId, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type).body(file.content());
    }

    @PostMapping(FORM + "/attachments/{attachmentId:\\d+}/delete")
    String deleteAttachment(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable long attachmentId,
                            RedirectAttributes redirect) {
        assessments.deleteAttachment(cycleId, employeeId, attachmentId);
        redirect.addFlashAttribute("flash", messages.get("review.flash.removed"));
        return "redirect:/review/cycles/" + cycleId + "/assessments/" + employeeId;
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/results/{employeeId:\\d+}")
    String result(@PathVariable long cycleId, @PathVariable long employeeId, @RequestParam(required = false) Integer version,
                  Model model) {
        model.addAttribute("r", version == null ? results.current(cycleId, employeeId) : results.version(cycleId, employeeId, version));
        return "review/result";
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/calibration")
    String calibration(@PathVariable long cycleId, @RequestParam(required = false) Long orgUnitId, Model model) {
        model.addAttribute("c", calibrations.view(cycleId, orgUnitId));
        return "review/calibration";
    }

    @PostMapping("/review/cycles/{cycleId:\\d+}/results/{employeeId:\\d+}/adjust")
    String adjust(@PathVariable long cycleId, @PathVariable long employeeId, @RequestParam(required = false) String grade,
                  @RequestParam(required = false) String score, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer versionNo, RedirectAttributes redirect) {
        calibrationAction(redirect, "review.flash.adjusted", () -> {
            BigDecimal value;
            try {
                value = score == null || score.isBlank() ? null : new BigDecimal(score.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("score", messages.get("review.error.adjustScore"));
            }
            calibrations.adjust(cycleId, employeeId, new AdjustForm(grade, value, reason, versionNo));
        });
        return "redirect:/review/cycles/" + cycleId + "/calibration";
    }

    /** A refused adjustment, lock or publication is shown on the calibration page rather than an error page. */
    private void calibrationAction(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.get(done));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("actionErrors", List.of(messages.get("review.error.stale")));
        }
    }

    @PostMapping("/review/cycles/{cycleId:\\d+}/{action:lock|publish|calculate}")
    String act(@PathVariable long cycleId, @PathVariable String action, RedirectAttributes redirect) {
        calibrationAction(redirect, "review.flash." + action, () -> {
            switch (action) {
                case "lock" -> calibrations.lock(cycleId);
                case "publish" -> calibrations.publish(cycleId);
                default -> results.calculate(cycleId);
            }
        });
        return "redirect:/review/cycles/" + cycleId + "/calibration";
    }

    // --- form fields: score.<code>, note.<code>

    private static Long version(MultiValueMap<String, String> params) {
        String v = params.getFirst("version");
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private List<ItemInput> items(MultiValueMap<String, String> params) {
        List<ItemInput> out = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!key.startsWith("score.")) {
                continue;
            }
            String code = key.substring("score.".length());
            String text = params.getFirst(key);
            BigDecimal score = null;
            if (text != null && !text.isBlank()) {
                try {
                    score = new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("items[" + code + "].score", text, messages.get("review.error.scoreNumber")));
                }
            }
            out.add(new ItemInput(code, score, params.getFirst("note." + code)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /**
     * What the form shows in its fields: what was just typed, else what is stored. The version is always the stored
     * one, so after a 409 the person can look at their kept text and save it over the other edit on purpose.
     */
    private static Map<String, String> typed(AssessmentView view, MultiValueMap<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        AssessmentView.FormPart part = view.viewer() == AssessmentView.Viewer.REVIEWER ? view.manager() : view.self();
        if (part != null) {
            part.items().forEach((code, e) -> {
                out.put("score." + code, e.score() == null ? "" : e.score().stripTrailingZeros().toPlainString());
                out.put("note." + code, e.note() == null ? "" : e.note());
            });
            out.put("strengths", part.strengths() == null ? "" : part.strengths());
            out.put("gaps", part.gaps() == null ? "" : part.gaps());
            out.put("version", part.version() == null ? "" : String.valueOf(part.version()));
        }
        if (params != null) {
            params.forEach((k, v) -> {
                if (k.startsWith("score.") || k.startsWith("note.") || k.equals("strengths") || k.equals("gaps") || k.equals("signature")) {
                    out.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0));
                }
            });
        }
        return out;
    }
}
