package dev.kaohe.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.kaohe.goal.domain.ActionStatus;

/** A step of a goal's action plan: what, who, by when, resources (budget, tools, people), risk and countermeasure. */
public record ActionForm(String step, String ownerName, LocalDate dueDate, BigDecimal budget, String tools, String people,
                         String risk, String countermeasure, ActionStatus status, Long version) {
}
