package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.review.RaterInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raters answering: a signed-in rater reaches only their own forms (any other answers 404, HR and admins read
 * them for administration); a customer reaches theirs through the link's token. Saving keeps a draft; submitting
 * checks that every item is rated and that the answer cites a concrete case (R98), and is idempotent. Two saves
 * from the same version: the second is told (409) and nothing is lost.
 */
@Service
public class FeedbackForms {

    private static final int MAX_TEXT = 4000;

    private final PeerStore store;
    private final PeerItems items;
    private final CycleDirectory cycles;
    private final PeerAccess access;
    private final PeerSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackForms(PeerStore store, PeerItems items, CycleDirectory cycles, PeerAccess access, PeerSettings settings,
                  AuditTrail audit, Messages messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.items = items;
        this.cycles = cycles;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line of "my feedback requests". */
    public record RequestView(long nominationId, long cycleId, String cycleName, String periodLabel, String assesseeName,
                              RaterKind raterKind, FormStatus status, boolean open) {
    }

    @Transactional(readOnly = true)
    public List<RequestView> mine() {
        CurrentUser user = access.person();
        if (user.employeeId() == null) {
            return List.of();
        }
        Map<Long, CycleView> byId = new LinkedHashMap<>();
        return store.assignedTo(user.employeeId()).stream().map(n -> {
            CycleView cycle = byId.computeIfAbsent(n.cycleId(), id -> cycles.cycle(id).orElseThrow());
            return new RequestView(n.id(), n.cycleId(), cycle.name(), cycle.periodLabel(), n.assesseeName(), n.raterKind(),
                    n.formStatus(), Nominations.open(cycle));
        }).toList();
    }

    @Transactional(readOnly = true)
    public FeedbackFormView get(long nominationId) {
        CurrentUser user = access.person();
        NominationView nomination = readable(user, nominationId);
        return view(nomination, user.isEmployee(nomination.reviewerEmployeeId()));
    }

    @Transactional
    public FeedbackFormView save(long nominationId, FeedbackAnswer answer) {
        return write(own(nominationId), answer, false);
    }

    @Transactional
    public FeedbackFormView submit(long nominationId, FeedbackAnswer answer) {
        return write(own(nominationId), answer, true);
    }

    // --- customers through their link

    @Transactional(readOnly = true)
    public FeedbackFormView external(String token) {
        return view(byToken(token), true);
    }

    @Transactional
    public FeedbackFormView answerExternal(String token, FeedbackAnswer answer, boolean submit) {
        return write(byToken(token), answer, submit);
    }

    // --- helpers

    private NominationView byToken(String token) {
        if (!PeerTokens.wellFormed(token)) {
            throw new NotFoundException("feedback link", "?");
        }
        NominationView nomination = store.byTokenHash(PeerTokens.hash(token), clock.instant())
                .orElseThrow(() -> new NotFoundException("feedback link", "?"));
        if (nomination.raterKind() != RaterKind.CUSTOMER) {
            throw new NotFoundException("feedback link", "?");
        }
        return nomination;
    }

    private NominationView readable(CurrentUser user, long nominationId) {
        NominationView nomination = store.nomination(nominationId)
                .filter(n -> n.status() == NominationStatus.APPROVED)
                .orElseThrow(() -> new NotFoundException("feedback form", nominationId));
        if (user.isEmployee(nomination.reviewerEmployeeId()) || access.isHr(user) && !user.isEmployee(nomination.assesseeEmployeeId())) {
            return nomination;
        }
        throw new NotFoundException("feedback form", nominationId);
    }

    private NominationView own(long nominationId) {
        CurrentUser user = access.person();
        NominationView nomination = readable(user, nominationId);
        if (!user.isEmployee(nomination.reviewerEmployeeId())) {
            throw new org.springframework.security.access.AccessDeniedException("only the rater answers their form");
        }
        return nomination;
    }

    private FeedbackFormView write(NominationView nomination, FeedbackAnswer answer, boolean submit) {
        PeerStore.FormRow form = store.form(nomination.id()).orElseThrow(() -> new NotFoundException("feedback form", nomination.id()));
        if (form.status() == FormStatus.SUBMITTED) {
            if (submit) {
                return view(nomination, true);
            }
            throw new ConflictException(messages.get("peer.error.alreadySubmitted"));
        }
        CycleView cycle = cycles.cycle(nomination.cycleId()).orElseThrow();
        if (!Nominations.open(cycle)) {
            throw new ConflictException(messages.get("peer.error.phaseOver"));
        }
        ParticipantView participant = cycles.participant(nomination.participantId()).orElseThrow();
        List<ItemToRate> open = items.open(participant, nomination.raterKind());
        FormProblems problems = new FormProblems(messages, "peer");
        Map<String, BigDecimal> ratings = new LinkedHashMap<>();
        String caseText = null;
        BigDecimal speed = null;
        BigDecimal cooperation = null;
        boolean collaboration = nomination.raterKind() == RaterKind.CROSS_DEPARTMENT;
        if (collaboration) {
            speed = scale(problems, "responseSpeed", answer.responseSpeed(), submit);
            cooperation = scale(problems, "cooperation", answer.cooperation(), submit);
            if (!answer.ratings().isEmpty()) {
                problems.add("ratings", null, "peer.error.collaborationNoItems");
            }
        } else {
            Set<String> codes = open.stream().map(ItemToRate::code).collect(Collectors.toSet());
            answer.ratings().keySet().stream().filter(code -> !codes.contains(code)).sorted()
                    .forEach(code -> problems.add("ratings." + code, code, "peer.error.unknownItem", code));
            for (ItemToRate item : open) {
                BigDecimal rating = answer.ratings().get(item.code());
                if (rating == null) {
                    if (submit) {
                        problems.add("ratings." + item.code(), null, "peer.error.ratingRequired", item.name());
                    }
                } else if (!item.fits(rating)) {
                    problems.add("ratings." + item.code(), rating, "peer.error.ratingScale", item.name(),
                            item.min().stripTrailingZeros().toPlainString(), item.max().stripTrailingZeros().toPlainString());
                } else {
                    ratings.put(item.code(), rating);
                }
            }
            caseText = problems.text("caseText", answer.caseText(), MAX_TEXT, false);
            if (submit && (caseText == null || caseText.length() < settings.caseMinLength())) {
                problems.add("caseText", caseText, "peer.error.caseRequired", settings.caseMinLength());
            }
        }
        String comment = problems.text("comment", answer.comment(), MAX_TEXT, false);
        if (submit && (comment == null || comment.length() < settings.commentMinLength())) {
            problems.add("comment", comment, "peer.error.commentRequired", settings.commentMinLength());
        }
        if (answer.version() == null) {
            problems.add("version", null, "peer.error.required", "version");
        }
        problems.throwIfAny();
        if (answer.version() != form.version()) {
            throw new ConflictException(messages.get("peer.error.stale"));
        }
        Instant now = clock.instant();
        if (!store.saveForm(nomination.id(), answer.version(), submit ? FormStatus.SUBMITTED : FormStatus.DRAFT, caseText,
                comment, speed, cooperation, ratings, now)) {
            throw new ConflictException(messages.get("peer.error.stale"));
        }
        // the rater's identity stays on the nomination; the audit entry records that an answer was given, not what
        audit.record(submit ? "peer.submit" : "peer.draft", "peer_nomination", nomination.id(),
                Map.of("status", form.status().name()), Map.of("status", submit ? "SUBMITTED" : "DRAFT"));
        if (submit) {
            events.publishEvent(new RaterInputsChanged(nomination.cycleId(), nomination.participantId()));
        }
        return view(nomination, true);
    }

    private BigDecimal scale(FormProblems problems, String field, BigDecimal value, boolean submit) {
        if (value == null) {
            if (submit) {
                problems.add(field, null, "peer.error.required", problems.label(field));
            }
            return null;
        }
        if (value.compareTo(settings.collaborationScaleMin()) < 0 || value.compareTo(settings.collaborationScaleMax()) > 0) {
            problems.add(field, value, "peer.error.ratingScale", problems.label(field),
                    settings.collaborationScaleMin().toPlainString(), settings.collaborationScaleMax().toPlainString());
            return null;
        }
        return value;
    }

    private FeedbackFormView view(NominationView nomination, boolean mayEdit) {
        PeerStore.FormRow form = store.form(nomination.id()).orElseThrow(() -> new NotFoundException("feedback form", nomination.id()));
        CycleView cycle = cycles.cycle(nomination.cycleId()).orElseThrow();
        ParticipantView participant = cycles.participant(nomination.participantId()).orElseThrow();
        List<ItemToRate> open = nomination.raterKind() == RaterKind.CROSS_DEPARTMENT ? List.of()
                : items.open(participant, nomination.raterKind());
        boolean editable = mayEdit && form.status() == FormStatus.DRAFT && Nominations.open(cycle);
        return new FeedbackFormView(nomination.id(), cycle.id(), cycle.name(), cycle.periodLabel(), nomination.assesseeName(),
                participant.orgUnitName(), nomination.raterKind(), form.status(), open, form.ratings(), form.caseText(),
                form.comment(), form.responseSpeed(), form.cooperation(), settings.collaborationScaleMin(),
                settings.collaborationScaleMax(), settings.caseMinLength(), settings.commentMinLength(), editable,
                form.submittedAt(), form.version());
    }
}
