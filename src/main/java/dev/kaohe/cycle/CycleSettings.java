package dev.kaohe.cycle;

import java.time.Duration;

import dev.kaohe.cycle.domain.DeadlinePlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cycle rules' numbers, {@code kaohe.cycle.*}, defaulting to the source values. Deadlines are working days.
 *
 * @param preparationLeadDays      preparation opens this many working days before the period (R14: 1–2 weeks)
 * @param goalSettingDays          goal setting ends this many working days into the period
 * @param selfAssessmentDays       … after the period's end
 * @param managerAssessmentDays    … after the period's end
 * @param peerReviewDays           … after the period's end
 * @param calibrationDays          … after the period's end
 * @param publicationDays          results published within this many working days of the end (R173: 5)
 * @param feedbackDays             feedback (interview, improvement plan) within this many working days after publication (R16: 1 week)
 * @param reminderLeadDays         participants are reminded this many working days before a phase's deadline
 * @param reminderCron             when the reminder job runs
 * @param remindersEnabled         whether the job runs at all
 * @param calendarCacheTtl         how long a node keeps the holiday calendar before reading it again
 * @param zone                     the company's time zone: which day "today" is for deadlines
 */
@ConfigurationProperties("kaohe.cycle")
public record CycleSettings(
        @DefaultValue("10") int preparationLeadDays,
        @DefaultValue("5") int goalSettingDays,
        @DefaultValue("2") int selfAssessmentDays,
        @DefaultValue("3") int managerAssessmentDays,
        @DefaultValue("3") int peerReviewDays,
        @DefaultValue("4") int calibrationDays,
        @DefaultValue("5") int publicationDays,
        @DefaultValue("5") int feedbackDays,
        @DefaultValue("2") int reminderLeadDays,
        @DefaultValue("0 0 8 * * *") String reminderCron,
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("60s") Duration calendarCacheTtl,
        @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {

    public DeadlinePlan deadlinePlan() {
        return new DeadlinePlan(preparationLeadDays, goalSettingDays, selfAssessmentDays, managerAssessmentDays,
                peerReviewDays, calibrationDays, publicationDays, feedbackDays);
    }
}
