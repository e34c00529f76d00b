package dev.kaohe.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.scoring.SimulationResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading results with their derivation, and HR's explicit recalculation. Before publication the assessee sees
 * nothing of their result (404, as if there were none); overseers, the reviewer and managers above see it.
 */
@Service
public class Results {

    private final CycleDirectory directory;
    private final ResultStore store;
    private final ResultCalculator calculator;
    private final ReviewAccess access;
    private final Messages messages;
    private final ObjectProvider<RaterInputs> raterInputs;

    Results(CycleDirectory directory, ResultStore store, ResultCalculator calculator, ReviewAccess access, Messages messages,
            ObjectProvider<RaterInputs> raterInputs) {
        this.raterInputs = raterInputs;
        this.directory = directory;
        this.store = store;
        this.calculator = calculator;
        this.access = access;
        this.messages = messages;
    }

    /** The current version of the participant's result; 404 when there is none or the caller may not see it yet. */
    @Transactional(readOnly = true)
    public ResultView current(long cycleId, long employeeId) {
        ParticipantView p = visible(cycleId, employeeId);
        return view(p, store.current(p.id()).orElseThrow(() -> new NotFoundException("result", cycleId + "/" + employeeId)));
    }

    @Transactional(readOnly = true)
    public ResultView version(long cycleId, long employeeId, int versionNo) {
        ParticipantView p = visible(cycleId, employeeId);
        return view(p, store.version(p.id(), versionNo).orElseThrow(() -> new NotFoundException("result", cycleId + "/" + employeeId + "/" + versionNo)));
    }

    /** Computes the cycle's results now (HR, admins), e.g. after a scheme problem was fixed. */
    public CalculationReport calculate(long cycleId) {
        CurrentUser user = access.person();
        access.requireManage(user);
        directory.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        ResultCalculator.Outcome outcome = calculator.recalculate(cycleId, "review.reason.recalculated");
        return new CalculationReport(outcome.added(), outcome.complete(), outcome.participants(), outcome.locked());
    }

    /** What a calculation did. */
    public record CalculationReport(int versionsAdded, int complete, int participants, boolean locked) {
    }

    private ParticipantView visible(long cycleId, long employeeId) {
        CurrentUser user = access.person();
        directory.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        ParticipantView p = directory.participant(cycleId, employeeId)
                .orElseThrow(() -> new NotFoundException("result", cycleId + "/" + employeeId));
        if (!access.canSeeResult(user, p, store.calibration(cycleId).published())) {
            throw new NotFoundException("result", cycleId + "/" + employeeId);
        }
        return p;
    }

    ResultView view(ParticipantView p, ResultStore.StoredResult r) {
        boolean english = Assessments.english();
        CycleView cycle = directory.cycle(r.cycleId()).orElseThrow();
        ResultJson.Derivation d = ResultJson.read(r.derivation());
        SimulationResult.Person person = d.local(english);
        Map<String, Long> ids = d.actualIds() == null ? Map.of() : d.actualIds();
        RaterInputs raters = raterInputs.getIfAvailable();
        RaterInputs.Withheld withheld = raters == null || seesEveryRaterKind(CurrentUser.get(), p) ? RaterInputs.Withheld.NONE
                : raters.withheld(p.id());
        String derivation = person.derivation();
        List<ResultView.Item> items = new ArrayList<>();
        for (SimulationResult.ItemScore i : person.items()) {
            Long actualId = ids.get(i.code());
            Map<String, BigDecimal> shown = i.raters();
            String rule = i.reason();
            String note = null;
            if (shown != null && shown.keySet().stream().anyMatch(withheld.kinds()::contains)) {
                shown = new LinkedHashMap<>(shown);
                shown.keySet().removeAll(withheld.kinds());
                note = messages.get("review.result.withheld", withheld.kinds().stream().filter(i.raters()::containsKey)
                        .map(k -> messages.get("review.rater." + k)).collect(Collectors.joining(", ")), withheld.minRatersToShow());
                rule = note;
                derivation = withheldLine(derivation, i.name(), note);
            }
            items.add(new ResultView.Item(i.code(), i.name(), i.dimension(), i.weight(), i.actual(), actualId,
                    actualId == null ? null : "/intake/actuals/" + actualId, i.target(), i.achievement(),
                    rule, i.score(), i.contribution(), shown, note));
        }
        List<ResultView.Dimension> dimensions = person.dimensions().stream()
                .map(x -> new ResultView.Dimension(x.code(), x.name(), x.weight(), x.score(), x.contribution())).toList();
        boolean adjusted = r.overrideGrade() != null || r.overrideScore() != null;
        List<ResultView.VersionSummary> versions = store.versions(p.id()).stream()
                .map(v -> new ResultView.VersionSummary(v.versionNo(), v.reasonKind(), reason(v.reason()), v.finalScore(),
                        english ? v.gradeEn() : v.gradeZh(), v.createdBy(), v.createdAt())).toList();
        ResultStore.CalibrationState calibration = store.calibration(r.cycleId());
        return new ResultView(p.id(), r.cycleId(), cycle.name(), cycle.periodLabel(), p.employeeId(), p.employeeName(), r.versionNo(),
                r.reasonKind(), reason(r.reason()), r.schemeCode(), r.schemeVersion(), r.composite(), r.finalScore(), r.gradeCode(),
                english ? r.gradeEn() : r.gradeZh(), person.grade() == null ? null : person.grade().reason(), r.rankBand(),
                r.quotaGrade(), adjusted, adjusted && person.grade() != null ? person.grade().label() : null,
                adjusted ? person.finalScore() : null, store.staleOfCycle(r.cycleId()).containsKey(p.id()),
                calibration.published(), r.createdBy(), r.createdAt(), d.period(), items, dimensions, derivation, versions);
    }

    /**
     * HR, admins and auditors see every rater kind's average (R98 keeps names from everyone); the assessee, their
     * reviewer and managers above see a kind's average only once enough of its raters answered, so that they cannot
     * work out what one colleague gave.
     */
    static boolean seesEveryRaterKind(CurrentUser user, ParticipantView p) {
        boolean close = user.isEmployee(p.employeeId())
                || user.employeeId() != null && user.employeeId().equals(p.reviewerEmployeeId());
        return !close && user.hasAny(Role.HR, Role.ADMIN, Role.AUDITOR);
    }

    /** The derivation with the item's line (it starts with the item's name) replaced by the note. */
    private static String withheldLine(String derivation, String itemName, String note) {
        if (derivation == null) {
            return null;
        }
        String start = "  • " + itemName;
        return derivation.lines().map(line -> line.startsWith(start + "(") || line.startsWith(start + " (")
                        ? start + ": " + note : line)
                .collect(Collectors.joining("\n"));
    }

    /** System reasons are message keys (a suffix {@code +calibrated} says a calibrated grade was kept); people's are text. */
    String reason(String stored) {
        if (stored == null || !stored.startsWith("review.reason.")) {
            return stored;
        }
        if (stored.endsWith("+calibrated")) {
            return messages.get(stored.substring(0, stored.length() - "+calibrated".length())) + " " + messages.get("review.reason.calibratedKept");
        }
        return messages.get(stored);
    }
}
