package dev.kaohe.cycle.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;

/**
 * How phase deadlines follow from a cycle's period, in working days:
 * <ul>
 *   <li>preparation opens {@code preparationLead} working days before the period starts (R14: 1–2 weeks) and
 *       ends on the last working day before the start;</li>
 *   <li>goal setting ends {@code goalSetting} working days into the period; the period itself (in progress) ends
 *       on its last working day;</li>
 *   <li>self-assessment, manager assessment, peer review, calibration and publication end the given number of
 *       working days after the period's end (publication R173: within 5);</li>
 *   <li>feedback ends {@code feedback} working days after publication (R16: within 1 week); closing on the same day.</li>
 * </ul>
 * A later phase never ends before an earlier one.
 */
public record DeadlinePlan(int preparationLead, int goalSetting, int selfAssessment, int managerAssessment,
                           int peerReview, int calibration, int publication, int feedback) {

    public DeadlinePlan {
        if (preparationLead < 0 || goalSetting < 0 || selfAssessment < 0 || managerAssessment < 0 || peerReview < 0
                || calibration < 0 || publication < 0 || feedback < 0) {
            throw new IllegalArgumentException("deadline offsets are working days and cannot be negative");
        }
    }

    public static DeadlinePlan sourceDefaults() {
        return new DeadlinePlan(10, 5, 2, 3, 3, 4, 5, 5);
    }

    /** When preparation opens. */
    public LocalDate preparationOpens(LocalDate periodStart, WorkingCalendar calendar) {
        return calendar.addWorkingDays(periodStart, -Math.max(preparationLead, 1));
    }

    public Map<CyclePhase, LocalDate> deadlines(LocalDate periodStart, LocalDate periodEnd, WorkingCalendar calendar) {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        Map<CyclePhase, LocalDate> d = new EnumMap<>(CyclePhase.class);
        d.put(CyclePhase.PREPARATION, calendar.addWorkingDays(periodStart, -1));
        LocalDate lastDay = calendar.previousWorkdayOnOrBefore(periodEnd);
        if (lastDay.isBefore(periodStart)) {
            lastDay = calendar.nextWorkdayOnOrAfter(periodEnd);
        }
        LocalDate goals = calendar.addWorkingDays(calendar.nextWorkdayOnOrAfter(periodStart), Math.max(goalSetting - 1, 0));
        d.put(CyclePhase.GOAL_SETTING, min(goals, lastDay));
        d.put(CyclePhase.IN_PROGRESS, lastDay);
        d.put(CyclePhase.SELF_ASSESSMENT, calendar.addWorkingDays(periodEnd, selfAssessment));
        d.put(CyclePhase.MANAGER_ASSESSMENT, calendar.addWorkingDays(periodEnd, managerAssessment));
        d.put(CyclePhase.PEER_REVIEW, calendar.addWorkingDays(periodEnd, peerReview));
        d.put(CyclePhase.CALIBRATION, calendar.addWorkingDays(periodEnd, calibration));
        LocalDate published = calendar.addWorkingDays(periodEnd, publication);
        d.put(CyclePhase.PUBLICATION, published);
        LocalDate feedbackEnd = calendar.addWorkingDays(published, feedback);
        d.put(CyclePhase.FEEDBACK, feedbackEnd);
        d.put(CyclePhase.CLOSED, feedbackEnd);
        return monotonic(d);
    }

    /** Each deadline at least the one before it, so a short offset never ends a phase before its predecessor. */
    static Map<CyclePhase, LocalDate> monotonic(Map<CyclePhase, LocalDate> deadlines) {
        Map<CyclePhase, LocalDate> out = new EnumMap<>(CyclePhase.class);
        LocalDate floor = null;
        for (CyclePhase phase : CyclePhase.values()) {
            LocalDate day = deadlines.get(phase);
            if (floor != null && day.isBefore(floor)) {
                day = floor;
            }
            out.put(phase, day);
            floor = day;
        }
        return out;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
