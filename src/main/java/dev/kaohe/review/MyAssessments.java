package dev.kaohe.review;

import java.time.LocalDate;
import java.util.List;

import dev.kaohe.cycle.CyclePhase;

/** The caller's assessments: their own (as assessee) and those they write as reviewer. */
public record MyAssessments(List<Task> own, List<Task> toReview) {

    /** One participant's form; {@code todo} when the caller has something to fill in the current phase. */
    public record Task(long cycleId, String cycleName, String periodLabel, CyclePhase phase, LocalDate phaseDeadline,
                       long employeeId, String employeeName, String selfStatus, String managerStatus, boolean todo,
                       boolean resultPublished) {
    }
}
