package dev.kaohe.review.peer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleFilter;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.org.Employees;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.review.peer.CollaboratorForm;
import dev.kaohe.review.peer.Decision;
import dev.kaohe.review.peer.DecisionResult;
import dev.kaohe.review.peer.FeedbackAnswer;
import dev.kaohe.review.peer.FeedbackFormView;
import dev.kaohe.review.peer.FeedbackForms;
import dev.kaohe.review.peer.NominationForm;
import dev.kaohe.review.peer.NominationStatus;
import dev.kaohe.review.peer.Nominations;
import dev.kaohe.review.peer.PeerSummaries;
import dev.kaohe.review.peer.RaterKind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 360 pages: the hub (my feedback requests, cycles and their participants), a participant's nominations (manager
 * nominates, HR approves or assigns the collaborating department), HR's approvals, the anonymous summary, a
 * rater's form, and the customer's form reached through a link without signing in.
 */
@Controller
class PeerPages {

    private final Nominations nominations;
    private final FeedbackForms forms;
    private final PeerSummaries summaries;
    private final Cycles cycles;
    private final CycleDirectory directory;
    private final Employees employees;
    private final Messages messages;
    private final int pageSize;

    PeerPages(Nominations nominations, FeedbackForms forms, PeerSummaries summaries, Cycles cycles, CycleDirectory directory,
              Employees employees, Messages messages, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.employees = employees;
        this.nominations = nominations;
        this.forms = forms;
        this.summaries = summaries;
        this.cycles = cycles;
        this.directory = directory;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/review/peer")
    String hub(@RequestParam(required = false) Long cycleId, @RequestParam(required = false) String q,
               @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("requests", forms.mine());
        model.addAttribute("canAdminister", nominations.canAdminister());
        model.addAttribute("cycles", cycles.search(CycleFilter.none(), PageRequest.of(0, 50)).getContent());
        model.addAttribute("cycleId", cycleId);
        model.addAttribute("q", q);
        if (cycleId != null) {
            model.addAttribute("participants", cycles.participants(cycleId, q, PageRequest.of(Math.max(page, 0), pageSize)));
            model.addAttribute("pagerUrl", "/review/peer?cycleId=" + cycleId + (q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        }
        return "review/peer-hub";
    }

    @GetMapping("/review/peer/participants/{id}")
    String participant(@PathVariable long id, Model model) {
        Nominations.ParticipantNominations view = nominations.of(id);
        model.addAttribute("view", view);
        model.addAttribute("summary", summaries.summary(id));
        List<ParticipantView> candidates = new ArrayList<>();
        Map<Long, ParticipantView> others = new LinkedHashMap<>();
        for (ParticipantView p : directory.participants(view.participant().cycleId())) {
            if (p.employeeId() == view.participant().employeeId()) {
                continue;
            }
            if (!Long.valueOf(p.employeeId()).equals(view.participant().reviewerEmployeeId())) {
                candidates.add(p);
            }
            if (p.orgUnitId() != view.participant().orgUnitId()) {
                others.put(p.employeeId(), p);
            }
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("otherDepartments", others.values());
        return "review/peer-participant";
    }

    @PostMapping("/review/peer/participants/{id}/nominations")
    String nominate(@PathVariable long id, @RequestParam(required = false) RaterKind raterKind,
                    @RequestParam(required = false) Long reviewerEmployeeId, @RequestParam(required = false) String externalName,
                    @RequestParam(required = false) String externalEmail, @RequestParam(required = false) String externalCompany,
                    RedirectAttributes redirect) {
        attempt(redirect, () -> nominations.nominate(id,
                new NominationForm(raterKind, reviewerEmployeeId, externalName, externalEmail, externalCompany)));
        return "redirect:/review/peer/participants/" + id;
    }

    @PostMapping("/review/peer/participants/{id}/collaborators")
    String collaborator(@PathVariable long id, @RequestParam(required = false) Long reviewerEmployeeId,
                        @RequestParam(required = false) String reviewerNo, RedirectAttributes redirect) {
        // the collaborating department's rater need not be assessed in the cycle: HR may name anyone by employee number
        attempt(redirect, () -> {
            Long rater = reviewerEmployeeId;
            if (rater == null && reviewerNo != null && !reviewerNo.isBlank()) {
                rater = employees.idOf(reviewerNo.strip()).orElseThrow(() -> new InvalidInputException("reviewerNo",
                        messages.get("peer.error.reviewerNoUnknown", reviewerNo.strip())));
            }
            return nominations.assignCollaborator(id, new CollaboratorForm(rater, null));
        });
        return "redirect:/review/peer/participants/" + id;
    }

    @PostMapping("/review/peer/nominations/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean approve, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String back,
                  HttpServletRequest request, RedirectAttributes redirect) {
        attempt(redirect, () -> {
            DecisionResult result = nominations.decide(id, new Decision(approve, note, version));
            if (result.externalLink() != null) {
                redirect.addFlashAttribute("externalLink", request.getScheme() + "://" + request.getServerName()
                        + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                        + request.getContextPath() + result.externalLink());
            }
            if (!result.warnings().isEmpty()) {
                redirect.addFlashAttribute("warnings", result.warnings());
            }
            return result;
        });
        return "redirect:" + (back != null && back.startsWith("/review/peer") ? back : "/review/peer/approvals");
    }

    @GetMapping("/review/peer/approvals")
    String approvals(@RequestParam(required = false) Long cycleId, @RequestParam(defaultValue = "PROPOSED") String status,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        NominationStatus chosen = "ALL".equals(status) ? null : NominationStatus.valueOf(status);
        model.addAttribute("page", nominations.search(cycleId, chosen, PageRequest.of(Math.max(page, 0), pageSize)));
        model.addAttribute("status", status);
        model.addAttribute("cycleId", cycleId);
        model.addAttribute("pagerUrl", "/review/peer/approvals?status=" + status + (cycleId == null ? "" : "&cycleId=" + cycleId));
        return "review/peer-approvals";
    }

    @GetMapping("/review/peer/participants/{id}/summary")
    String summary(@PathVariable long id, Model model) {
        model.addAttribute("summary", summaries.summary(id));
        return "review/peer-summary";
    }

    @GetMapping("/review/peer/forms/{id}")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("form", forms.get(id));
        model.addAttribute("action", "/review/peer/forms/" + id);
        return "review/peer-form";
    }

    @PostMapping("/review/peer/forms/{id}")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        FeedbackAnswer answer = answer(request);
        try {
            FeedbackFormView view = "submit".equals(action) ? forms.submit(id, answer) : forms.save(id, answer);
            redirect.addFlashAttribute("flash", messages.get(view.status().name().equals("SUBMITTED") ? "peer.submitted" : "peer.saved"));
            return "redirect:/review/peer/forms/" + id;
        } catch (InvalidInputException e) {
            return again(forms.get(id), "/review/peer/forms/" + id, answer, e, model);
        }
    }

    @GetMapping("/review/peer/external/{token}")
    String external(@PathVariable String token, Model model) {
        model.addAttribute("form", forms.external(token));
        model.addAttribute("action", "/review/peer/external/" + token);
        model.addAttribute("external", true);
        return "review/peer-form";
    }

    @PostMapping("/review/peer/external/{token}")
    String answerExternal(@PathVariable String token, @RequestParam(defaultValue = "save") String action,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FeedbackAnswer answer = answer(request);
        try {
            FeedbackFormView view = forms.answerExternal(token, answer, "submit".equals(action));
            redirect.addFlashAttribute("flash", messages.get(view.status().name().equals("SUBMITTED") ? "peer.submitted" : "peer.saved"));
            return "redirect:/review/peer/external/" + token;
        } catch (InvalidInputException e) {
            model.addAttribute("external", true);
            return again(forms.external(token), "/review/peer/external/" + token, answer, e, model);
        }
    }

    private String again(FeedbackFormView saved, String action, FeedbackAnswer answer, InvalidInputException e, Model model) {
        FeedbackFormView shown = new FeedbackFormView(saved.nominationId(), saved.cycleId(), saved.cycleName(), saved.periodLabel(),
                saved.assesseeName(), saved.assesseeOrgUnitName(), saved.raterKind(), saved.status(), saved.items(),
                answer.ratings(), answer.caseText(), answer.comment(), answer.responseSpeed(), answer.cooperation(),
                saved.scaleMin(), saved.scaleMax(), saved.caseMinLength(), saved.commentMinLength(), saved.editable(),
                saved.submittedAt(), saved.version());
        model.addAttribute("form", shown);
        model.addAttribute("action", action);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), p.message(), (a, b) -> a + " " + b);
        }
        model.addAttribute("errors", errors);
        return "review/peer-form";
    }

    private static FeedbackAnswer answer(HttpServletRequest request) {
        Map<String, BigDecimal> ratings = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("rating.") && values.length > 0 && !values[0].isBlank()) {
                ratings.put(name.substring("rating.".length()), decimal(values[0]));
            }
        });
        String version = request.getParameter("version");
        return new FeedbackAnswer(ratings, request.getParameter("caseText"), request.getParameter("comment"),
                decimal(request.getParameter("responseSpeed")), decimal(request.getParameter("cooperation")),
                version == null || version.isBlank() ? null : Long.valueOf(version));
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private void attempt(RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("flash", messages.get("peer.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(e.getMessage()));
        }
    }
}
