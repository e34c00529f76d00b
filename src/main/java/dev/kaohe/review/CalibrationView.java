package dev.kaohe.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.cycle.CyclePhase;

/**
 * Calibration of a cycle's results, for the whole population or one department ({@code orgUnitId}): the grades
 * against the forced-distribution quotas, each participant's current result, whether the results are locked and
 * published, and the publication deadline (R173: within 5 working days of the cycle's end, from the cycle's
 * PUBLICATION phase) with whether it was (or still can be) met.
 */
public record CalibrationView(long cycleId, String cycleName, String periodLabel, CyclePhase phase, Long orgUnitId,
                              List<Department> departments, int participants, int withResult, int stale,
                              List<Band> bands, List<Row> rows, boolean locked, Instant lockedAt, String lockedBy,
                              boolean published, Instant publishedAt, String publishedBy, LocalDate publicationDeadline,
                              Deadline deadlineStatus, boolean canAdjust, boolean canLock, boolean canPublish) {

    public enum Deadline { ON_TIME, LATE, OPEN, OVERDUE }

    public record Department(long id, String name) {
    }

    /** One grade: how many the quota allows (null for the middle band: the rest), how many have it, and their share. */
    public record Band(String grade, String label, String position, BigDecimal quotaShare, Integer quotaCount, int count,
                      BigDecimal share, boolean overQuota) {
    }

    public record Row(long participantId, long employeeId, String employeeName, String orgUnitName, Integer versionNo,
                      BigDecimal finalScore, String gradeCode, String grade, String rankBand, String quotaGrade,
                      boolean adjusted, boolean stale, String missing) {
    }
}
