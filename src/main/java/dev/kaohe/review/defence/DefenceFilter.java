package dev.kaohe.review.defence;

/**
 * Library search: {@code q} words that must all occur in the answers (any field), the obstacle, the department
 * (with the units below it) and the cycle; every part optional.
 */
public record DefenceFilter(String q, Obstacle obstacle, Long orgUnitId, Long cycleId) {

    public static DefenceFilter none() {
        return new DefenceFilter(null, null, null, null);
    }
}
