package dev.kaohe.review.peer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.notice.NoticeRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating 360 raters (R98): the participant's reviewer (or a manager above them, or HR) proposes peers and
 * customers, HR approves or rejects each; nobody picks their own raters. HR assigns the collaborating department's
 * rater (协作评价表) directly. Approval gives the rater a form and tells them; a customer gets a one-time link.
 */
@Service
public class Nominations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PeerStore store;
    private final CycleDirectory cycles;
    private final PeerAccess access;
    private final PeerSettings settings;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Nominations(PeerStore store, CycleDirectory cycles, PeerAccess access, PeerSettings settings, AuditTrail audit,
                Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cycles = cycles;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** What the nomination page shows about a participant, and what the caller may do there. */
    public record ParticipantNominations(ParticipantView participant, CycleView cycle, List<NominationView> nominations,
                                         boolean canNominate, boolean canDecide, boolean open, int approvedPeers,
                                         int minPeers, int maxPeers) {
    }

    @Transactional(readOnly = true)
    public ParticipantNominations of(long participantId) {
        CurrentUser user = access.person();
        ParticipantView participant = participant(participantId);
        if (user.isEmployee(participant.employeeId())) {
            throw new NotFoundException("participant", participantId);
        }
        access.requireNominator(user, participant);
        boolean hr = access.isHr(user);
        List<NominationView> list = store.nominations(participantId).stream().map(n -> hr ? n : withoutFormStatus(n)).toList();
        int approvedPeers = (int) list.stream()
                .filter(n -> n.raterKind() == RaterKind.PEER && n.status() == NominationStatus.APPROVED).count();
        CycleView cycle = cycles.cycle(participant.cycleId()).orElseThrow();
        return new ParticipantNominations(participant, cycle, list, true, hr, open(cycle), approvedPeers,
                settings.minPeers(), settings.maxPeers());
    }

    @Transactional
    public NominationView nominate(long participantId, NominationForm form) {
        CurrentUser user = access.person();
        ParticipantView participant = participant(participantId);
        if (user.isEmployee(participant.employeeId())) {
            throw new InvalidInputException(List.of(new FieldProblem("participantId", String.valueOf(participantId),
                    messages.get("peer.error.selfNomination"))));
        }
        access.requireNominator(user, participant);
        requireOpen(participant);
        FormProblems problems = new FormProblems(messages, "peer");
        problems.required("raterKind", form.raterKind());
        Long reviewer = null;
        String name = null;
        String email = null;
        String company = null;
        if (form.raterKind() == RaterKind.CROSS_DEPARTMENT) {
            problems.add("raterKind", form.raterKind(), "peer.error.crossDepartmentByHr");
        } else if (form.raterKind() == RaterKind.PEER) {
            problems.required("reviewerEmployeeId", form.reviewerEmployeeId());
            if (form.reviewerEmployeeId() != null) {
                reviewer = form.reviewerEmployeeId();
                checkColleague(problems, participant, reviewer, RaterKind.PEER);
            }
            if (store.countLive(participantId, RaterKind.PEER) >= settings.maxPeers()) {
                problems.add("reviewerEmployeeId", reviewer, "peer.error.tooManyPeers", settings.maxPeers());
            }
        } else if (form.raterKind() == RaterKind.CUSTOMER) {
            name = problems.text("externalName", form.externalName(), 100, true);
            email = problems.text("externalEmail", form.externalEmail(), 200, true);
            company = problems.text("externalCompany", form.externalCompany(), 100, false);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add("externalEmail", email, "peer.error.email");
            } else if (email != null && store.liveExists(participantId, RaterKind.CUSTOMER, null, email)) {
                problems.add("externalEmail", email, "peer.error.duplicate");
            }
            if (store.countLive(participantId, RaterKind.CUSTOMER) >= settings.maxCustomers()) {
                problems.add("externalEmail", email, "peer.error.tooManyCustomers", settings.maxCustomers());
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        long id = store.insertNomination(participant.cycleId(), participantId, form.raterKind(), reviewer, name, email,
                company, null, NominationStatus.PROPOSED, user.username(), now);
        NominationView view = store.nomination(id).orElseThrow();
        audit.record("peer.nominate", "peer_nomination", id, null, state(view));
        return access.isHr(user) ? view : withoutFormStatus(view);
    }

    /** HR names the collaborating department's rater; approved at once, the rater is told. */
    @Transactional
    public NominationView assignCollaborator(long participantId, CollaboratorForm form) {
        CurrentUser user = access.person();
        access.requireHr(user);
        ParticipantView participant = participant(participantId);
        requireOpen(participant);
        FormProblems problems = new FormProblems(messages, "peer");
        problems.required("reviewerEmployeeId", form.reviewerEmployeeId());
        Long unit = form.orgUnitId();
        if (form.reviewerEmployeeId() != null) {
            PeerStore.Person person = checkColleague(problems, participant, form.reviewerEmployeeId(), RaterKind.CROSS_DEPARTMENT);
            if (person != null) {
                unit = unit == null ? person.orgUnitId() : unit;
                if (unit == participant.orgUnitId()) {
                    problems.add(form.orgUnitId() == null ? "reviewerEmployeeId" : "orgUnitId", unit, "peer.error.sameDepartment");
                }
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        long id = store.insertNomination(participant.cycleId(), participantId, RaterKind.CROSS_DEPARTMENT,
                form.reviewerEmployeeId(), null, null, null, unit, NominationStatus.APPROVED, user.username(), now);
        store.createForm(id, now);
        NominationView view = store.nomination(id).orElseThrow();
        audit.record("peer.collaborator", "peer_nomination", id, null, state(view));
        tellRater(view);
        return view;
    }

    @Transactional
    public DecisionResult decide(long nominationId, Decision decision) {
        CurrentUser user = access.person();
        access.requireHr(user);
        NominationView before = store.nomination(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        FormProblems problems = new FormProblems(messages, "peer");
        problems.required("approve", decision.approve());
        String note = problems.text("note", decision.note(), 500, false);
        problems.throwIfAny();
        if (decision.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version", null, messages.get("peer.error.required", "version"))));
        }
        if (before.status() != NominationStatus.PROPOSED) {
            throw new ConflictException(messages.get("peer.error.alreadyDecided"));
        }
        requireOpen(participant(before.participantId()));
        if (user.isEmployee(before.assesseeEmployeeId())) {
            throw new InvalidInputException(List.of(new FieldProblem("approve", null, messages.get("peer.error.selfNomination"))));
        }
        Instant now = clock.instant();
        NominationStatus status = decision.approve() ? NominationStatus.APPROVED : NominationStatus.REJECTED;
        if (store.decide(nominationId, decision.version(), status, user.username(), now, note) == 0) {
            throw new ConflictException(messages.get("peer.error.stale"));
        }
        String link = null;
        if (status == NominationStatus.APPROVED) {
            store.createForm(nominationId, now);
            if (before.raterKind() == RaterKind.CUSTOMER) {
                link = newLink(nominationId, now);
            }
        }
        NominationView after = store.nomination(nominationId).orElseThrow();
        audit.record("peer.decide", "peer_nomination", nominationId, state(before), state(after));
        if (status == NominationStatus.APPROVED) {
            tellRater(after);
        }
        List<String> warnings = new ArrayList<>();
        long approvedPeers = store.nominations(before.participantId()).stream()
                .filter(n -> n.raterKind() == RaterKind.PEER && n.status() == NominationStatus.APPROVED).count();
        if (approvedPeers < settings.minPeers()) {
            warnings.add(messages.get("peer.warning.fewPeers", approvedPeers, settings.minPeers()));
        }
        return new DecisionResult(after, link, warnings);
    }

    /** A new link for a customer (e.g. the first was lost); the old one stops working. */
    @Transactional
    public DecisionResult reissueLink(long nominationId) {
        CurrentUser user = access.person();
        access.requireHr(user);
        NominationView nomination = store.nomination(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        if (nomination.raterKind() != RaterKind.CUSTOMER || nomination.status() != NominationStatus.APPROVED) {
            throw new ConflictException(messages.get("peer.error.noLink"));
        }
        if (nomination.formStatus() == FormStatus.SUBMITTED) {
            throw new ConflictException(messages.get("peer.error.alreadySubmitted"));
        }
        String link = newLink(nominationId, clock.instant());
        audit.record("peer.link", "peer_nomination", nominationId, null, Map.of("reissued", true));
        return new DecisionResult(store.nomination(nominationId).orElseThrow(), link, List.of());
    }

    /** Nominations across cycles for HR, e.g. those waiting for approval. */
    @Transactional(readOnly = true)
    public Page<NominationView> search(Long cycleId, NominationStatus status, Pageable pageable) {
        access.requireHr(access.person());
        return store.search(cycleId, status, pageable);
    }

    public boolean canAdminister() {
        return access.isHr(access.person());
    }

    // --- helpers

    private String newLink(long nominationId, Instant now) {
        String token = PeerTokens.newToken();
        store.setToken(nominationId, PeerTokens.hash(token), now.plus(settings.externalLinkValidity()));
        return "/review/peer/external/" + token;
    }

    private PeerStore.Person checkColleague(FormProblems problems, ParticipantView participant, long employeeId, RaterKind kind) {
        PeerStore.Person person = store.person(employeeId).orElse(null);
        if (person == null || !person.active()) {
            problems.add("reviewerEmployeeId", employeeId, "peer.error.reviewerUnknown");
            return null;
        }
        if (employeeId == participant.employeeId()) {
            problems.add("reviewerEmployeeId", employeeId, "peer.error.reviewerIsAssessee");
        } else if (kind == RaterKind.PEER && participant.reviewerEmployeeId() != null && employeeId == participant.reviewerEmployeeId()) {
            problems.add("reviewerEmployeeId", employeeId, "peer.error.reviewerIsManager");
        } else if (store.liveExists(participant.id(), kind, employeeId, null)) {
            problems.add("reviewerEmployeeId", employeeId, "peer.error.duplicate");
        }
        return person;
    }

    private ParticipantView participant(long participantId) {
        return cycles.participant(participantId).orElseThrow(() -> new NotFoundException("participant", participantId));
    }

    static boolean open(CycleView cycle) {
        return !CyclePhase.PEER_REVIEW.isBefore(cycle.phase());
    }

    private void requireOpen(ParticipantView participant) {
        CycleView cycle = cycles.cycle(participant.cycleId()).orElseThrow();
        if (!open(cycle)) {
            throw new ConflictException(messages.get("peer.error.phaseOver"));
        }
    }

    private void tellRater(NominationView nomination) {
        if (nomination.reviewerEmployeeId() == null) {
            return;
        }
        events.publishEvent(new NoticeRequested(nomination.reviewerEmployeeId(), "review.peer.assigned",
                nomination.raterKind() == RaterKind.CROSS_DEPARTMENT ? "peer.notice.collaboration" : "peer.notice.assigned",
                List.of(nomination.assesseeName()), "/review/peer/forms/" + nomination.id(), "peer-nomination-" + nomination.id()));
    }

    private static NominationView withoutFormStatus(NominationView n) {
        return new NominationView(n.id(), n.cycleId(), n.participantId(), n.assesseeEmployeeId(), n.assesseeName(),
                n.raterKind(), n.reviewerEmployeeId(), n.reviewerName(), n.reviewerOrgUnitName(), n.externalName(),
                n.externalEmail(), n.externalCompany(), n.status(), n.nominatedBy(), n.nominatedAt(), n.decidedBy(),
                n.decidedAt(), n.decisionNote(), null, n.version());
    }

    private static Map<String, Object> state(NominationView n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("participantId", n.participantId());
        out.put("raterKind", n.raterKind().name());
        out.put("reviewerEmployeeId", n.reviewerEmployeeId());
        out.put("external", n.externalEmail());
        out.put("status", n.status().name());
        out.put("note", n.decisionNote());
        return out;
    }
}
