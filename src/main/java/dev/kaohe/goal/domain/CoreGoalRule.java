package dev.kaohe.goal.domain;

import java.util.Optional;

/** A department keeps 3–5 core goals (R23); outside that range is a warning. */
public record CoreGoalRule(int min, int max) {

    /** Empty when the count is within range; otherwise the bounds it broke. */
    public Optional<String> check(int coreGoals) {
        if (coreGoals < min) {
            return Optional.of("tooFew");
        }
        if (coreGoals > max) {
            return Optional.of("tooMany");
        }
        return Optional.empty();
    }
}
