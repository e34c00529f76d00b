package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kaohe.goal.domain.ActionStatus;

public record ActionView(long id, long goalId, String step, String ownerName, LocalDate dueDate, BigDecimal budget,
                         String tools, String people, String risk, String countermeasure, ActionStatus status, long version) {
}
