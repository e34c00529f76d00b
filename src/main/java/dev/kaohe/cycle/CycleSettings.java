package dev.kaohe.cycle;

import java.time.Duration;
import java.util.List;

import dev.kaohe.cycle.domain.DeadlinePlan;
import dev.kaohe.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cycle rules' numbers, {@code kaohe.cycle.*}, defaulting to the source values. Deadlines are working days.
 *
 * @param preparationLeadDays      preparation opens this many working days before the period (R14: 1–2 weeks);
 *                                 a cycle may choose its own lead between the next two
 * @param preparationLeadMinDays   shortest preparation lead a cycle may have (R14: 1 week = 5 working days)
 * @param preparationLeadMaxDays   longest (R14: 2 weeks = 10 working days)
 * @param goalSettingDays          goal setting ends this many working days into the period
 * @param selfAssessmentDays       … after the period's end
 * @param managerAssessmentDays    … after the period's end
 * @param peerReviewDays           … after the period's end
 * @param calibrationDays          … after the period's end
 * @param publicationDays          results published within this many working days of the end (R173: 5)
 * @param feedbackDays             feedback (interview, improvement plan) within this many working days after publication
 *                                 (R16: 1 week); a cycle may choose its own between the next two
 * @param feedbackMinDays          shortest feedback phase a cycle may have
 * @param feedbackMaxDays          longest (R16: within 1 week = 5 working days)
 * @param reminderLeadDays         people are reminded this many working days before a phase's deadline
 * @param reminderCron             when the reminder job runs
 * @param remindersEnabled         whether the reminder job runs at all
 * @param openingCron              when the job runs that opens scheduled cycles whose preparation starts that day
 * @param openingEnabled           whether that job runs at all
 * @param hrReminderRoles          who is reminded of HR's work (calibration, publication) before its deadline
 * @param hrEscalationRoles        who is told once HR's work is overdue
 * @param calendarCacheTtl         how long a node keeps the holiday calendar before reading it again
 * @param zone                     the company's time zone: which day "today" is for deadlines
 */
@ConfigurationProperties("kaohe.cycle")
public record CycleSettings(
        @DefaultValue("10") int preparationLeadDays,
        @DefaultValue("5") int preparationLeadMinDays,
        @DefaultValue("10") int preparationLeadMaxDays,
        @DefaultValue("5") int goalSettingDays,
        @DefaultValue("2") int selfAssessmentDays,
        @DefaultValue("3") int managerAssessmentDays,
        @DefaultValue("3") int peerReviewDays,
        @DefaultValue("4") int calibrationDays,
        @DefaultValue("5") int publicationDays,
        @DefaultValue("5") int feedbackDays,
        @DefaultValue("1") int feedbackMinDays,
        @DefaultValue("5") int feedbackMaxDays,
        @DefaultValue("2") int reminderLeadDays,
        @DefaultValue("0 0 8 * * *") String reminderCron,
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("0 5 0 * * *") String openingCron,
        @DefaultValue("true") boolean openingEnabled,
        @DefaultValue("HR") List<Role> hrReminderRoles,
        @DefaultValue({"HR", "ADMIN"}) List<Role> hrEscalationRoles,
        @DefaultValue("60s") Duration calendarCacheTtl,
        @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {

    public CycleSettings {
        hrReminderRoles = hrReminderRoles == null ? List.of() : List.copyOf(hrReminderRoles);
        hrEscalationRoles = hrEscalationRoles == null ? List.of() : List.copyOf(hrEscalationRoles);
        if (preparationLeadMinDays < 1 || preparationLeadMaxDays < preparationLeadMinDays
                || preparationLeadDays < preparationLeadMinDays || preparationLeadDays > preparationLeadMaxDays) {
            throw new IllegalArgumentException("kaohe.cycle.preparation-lead-days (" + preparationLeadDays + ") must lie between "
                    + "kaohe.cycle.preparation-lead-min-days and -max-days (" + preparationLeadMinDays + "–" + preparationLeadMaxDays + "), min at least 1");
        }
        if (feedbackMinDays < 1 || feedbackMaxDays < feedbackMinDays || feedbackDays < feedbackMinDays || feedbackDays > feedbackMaxDays) {
            throw new IllegalArgumentException("kaohe.cycle.feedback-days (" + feedbackDays + ") must lie between "
                    + "kaohe.cycle.feedback-min-days and -max-days (" + feedbackMinDays + "–" + feedbackMaxDays + "), min at least 1");
        }
    }

    public DeadlinePlan deadlinePlan() {
        return new DeadlinePlan(preparationLeadDays, goalSettingDays, selfAssessmentDays, managerAssessmentDays,
                peerReviewDays, calibrationDays, publicationDays, feedbackDays);
    }

    /** The plan of a cycle that chose its own preparation lead and feedback window (null: the defaults). */
    public DeadlinePlan deadlinePlan(Integer preparationLead, Integer feedback) {
        return new DeadlinePlan(preparationLead == null ? preparationLeadDays : preparationLead, goalSettingDays,
                selfAssessmentDays, managerAssessmentDays, peerReviewDays, calibrationDays, publicationDays,
                feedback == null ? feedbackDays : feedback);
    }
}
