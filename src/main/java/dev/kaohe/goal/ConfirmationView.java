package dev.kaohe.goal;

import java.time.Instant;

/**
 * 个人绩效目标确认书: the person's goals of the period with the discussion (what, how, support needed)
 * and both confirmations. When both have confirmed, the goals are locked.
 */
public record ConfirmationView(PersonGoals goals, String whatNote, String howNote, String supportNote,
                               Instant employeeConfirmedAt, String employeeConfirmedBy,
                               Instant managerConfirmedAt, String managerConfirmedBy, boolean complete,
                               boolean canConfirmAsEmployee, boolean canConfirmAsManager, boolean canEditNotes, long version) {
}
