package dev.kaohe.review.peer.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kaohe.review.peer.CollaboratorForm;
import dev.kaohe.review.peer.Decision;
import dev.kaohe.review.peer.DecisionResult;
import dev.kaohe.review.peer.FeedbackAnswer;
import dev.kaohe.review.peer.FeedbackFormView;
import dev.kaohe.review.peer.FeedbackForms;
import dev.kaohe.review.peer.NominationForm;
import dev.kaohe.review.peer.NominationStatus;
import dev.kaohe.review.peer.NominationView;
import dev.kaohe.review.peer.Nominations;
import dev.kaohe.review.peer.PeerSummaries;
import dev.kaohe.review.peer.PeerSummary;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 360 and collaboration feedback over REST; who may do what is decided by the services. */
@RestController
@RequestMapping("/api/v1/review/peer")
class PeerApi {

    private final Nominations nominations;
    private final FeedbackForms forms;
    private final PeerSummaries summaries;
    private final int defaultSize;
    private final int maxSize;

    PeerApi(Nominations nominations, FeedbackForms forms, PeerSummaries summaries,
            @Value("${kaohe.paging.default-size:20}") int defaultSize, @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.nominations = nominations;
        this.forms = forms;
        this.summaries = summaries;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** A page of nominations, like those awaiting approval. */
    record NominationPage(List<NominationView> content, int page, int size, long totalElements, int totalPages) {
        static NominationPage of(Page<NominationView> page) {
            return new NominationPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    @GetMapping("/nominations")
    NominationPage search(@RequestParam(required = false) Long cycleId, @RequestParam(required = false) NominationStatus status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return NominationPage.of(nominations.search(cycleId, status,
                PageRequest.of(Math.max(page, 0), size == null ? defaultSize : Math.max(1, Math.min(size, maxSize)))));
    }

    @GetMapping("/participants/{participantId}/nominations")
    List<NominationView> ofParticipant(@PathVariable long participantId) {
        return nominations.of(participantId).nominations();
    }

    @PostMapping("/participants/{participantId}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    NominationView nominate(@PathVariable long participantId, @RequestBody NominationForm form) {
        return nominations.nominate(participantId, form);
    }

    @PostMapping("/participants/{participantId}/collaborators")
    @ResponseStatus(HttpStatus.CREATED)
    NominationView collaborator(@PathVariable long participantId, @RequestBody CollaboratorForm form) {
        return nominations.assignCollaborator(participantId, form);
    }

    @PostMapping("/nominations/{id}/decision")
    DecisionResult decide(@PathVariable long id, @RequestBody Decision decision) {
        return nominations.decide(id, decision);
    }

    @PostMapping("/nominations/{id}/link")
    DecisionResult reissueLink(@PathVariable long id) {
        return nominations.reissueLink(id);
    }

    @GetMapping("/participants/{participantId}/summary")
    PeerSummary summary(@PathVariable long participantId) {
        return summaries.summary(participantId);
    }

    @GetMapping("/participants/{participantId}/summary.xlsx")
    void summaryExport(@PathVariable long participantId, HttpServletResponse response) throws IOException {
        summaries.summary(participantId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("360-" + participantId + ".xlsx", StandardCharsets.UTF_8).build().toString());
        summaries.export(participantId, response.getOutputStream());
    }

    @GetMapping("/requests")
    List<FeedbackForms.RequestView> mine() {
        return forms.mine();
    }

    @GetMapping("/forms/{id}")
    FeedbackFormView form(@PathVariable long id) {
        return forms.get(id);
    }

    @PutMapping("/forms/{id}")
    FeedbackFormView save(@PathVariable long id, @RequestBody FeedbackAnswer answer) {
        return forms.save(id, answer);
    }

    @PostMapping("/forms/{id}/submit")
    FeedbackFormView submit(@PathVariable long id, @RequestBody FeedbackAnswer answer) {
        return forms.submit(id, answer);
    }
}
