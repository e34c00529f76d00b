package dev.kaohe.org;

import java.time.LocalDate;

/** An employee leaves on {@code leaveDate}; {@code version} guards against a concurrent edit when given. */
public record Deactivation(LocalDate leaveDate, Long version) {
}
