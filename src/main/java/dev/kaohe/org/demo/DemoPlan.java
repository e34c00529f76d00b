package dev.kaohe.org.demo;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param prefix        starts every employee number and code ({@code KH} gives KH0001, KH-U0001 …)
 * @param employees     head count, including managers and leavers
 * @param seed          the same seed and reference date give exactly the same organisation
 * @param referenceDate "today" for hire dates, probation and leave dates, so new hires stay new
 */
public record DemoPlan(String prefix, int employees, long seed, LocalDate referenceDate) {

    public static final int MIN_EMPLOYEES = 30;
    public static final int MAX_EMPLOYEES = 1_000_000;

    public DemoPlan {
        if (prefix == null || !prefix.matches("[A-Z]{1,8}")) {
            throw new IllegalArgumentException("prefix must be 1-8 capital letters: " + prefix);
        }
        if (employees < MIN_EMPLOYEES || employees > MAX_EMPLOYEES) {
            throw new IllegalArgumentException("employees must be between " + MIN_EMPLOYEES + " and " + MAX_EMPLOYEES);
        }
        if (referenceDate == null) {
            throw new IllegalArgumentException("referenceDate is required");
        }
    }
}
