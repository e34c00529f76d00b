package dev.kaohe.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.PendingWork;
import dev.kaohe.review.internal.ReviewForm;
import dev.kaohe.review.internal.ReviewFormRepository;
import org.springframework.stereotype.Component;

/**
 * Who still owes an assessment: in SELF_ASSESSMENT the participants whose self-assessment is not submitted, in
 * MANAGER_ASSESSMENT the reviewers whose manager assessment is not submitted. The 360 phase is answered by
 * {@code review.peer.PeerPendingWork}, HR's phases by the cycle module.
 */
@Component
class ReviewPendingWork implements PendingWork {

    private final ReviewFormRepository forms;

    ReviewPendingWork(ReviewFormRepository forms) {
        this.forms = forms;
    }

    @Override
    public boolean covers(CyclePhase phase) {
        return phase == CyclePhase.SELF_ASSESSMENT || phase == CyclePhase.MANAGER_ASSESSMENT;
    }

    @Override
    public List<Task> pending(CycleView cycle, CyclePhase phase, List<ParticipantView> participants) {
        if (!covers(phase)) {
            return PendingWork.everyonePending(phase, participants);
        }
        ReviewForm.Kind kind = phase == CyclePhase.SELF_ASSESSMENT ? ReviewForm.Kind.SELF : ReviewForm.Kind.MANAGER;
        Set<Long> done = forms.findByCycleId(cycle.id()).stream()
                .filter(f -> f.getKind() == kind && f.isSubmitted())
                .map(ReviewForm::getParticipantId).collect(Collectors.toSet());
        return participants.stream()
                .filter(p -> !done.contains(p.id()))
                .filter(p -> kind == ReviewForm.Kind.SELF || p.reviewerEmployeeId() != null)
                .map(p -> new Task(p.id(), kind == ReviewForm.Kind.SELF ? p.employeeId() : p.reviewerEmployeeId()))
                .toList();
    }
}
