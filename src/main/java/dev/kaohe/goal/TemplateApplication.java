package dev.kaohe.goal;

import java.time.LocalDate;

/**
 * Applying a template to a team: every active holder of the template's position in the unit (and
 * its sub-units) within the caller's reach gets the template's goals under {@code parentGoalId}.
 */
public record TemplateApplication(Long orgUnitId, Long parentGoalId, Integer year, Integer quarter, LocalDate dueDate) {

    /** @param created goals created; {@code people} who got them; {@code skipped} people who already had them */
    public record Result(int created, java.util.List<String> people, java.util.List<String> skipped) {
    }
}
