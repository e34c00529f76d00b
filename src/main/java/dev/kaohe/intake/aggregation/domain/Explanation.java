package dev.kaohe.intake.aggregation.domain;

import java.util.List;

/**
 * How a value was made, as a message key with its arguments (so a page can say it in the reader's language) and
 * the same in plain English. Keys start with {@code aggregation.explain.}.
 */
public record Explanation(String key, List<String> args, String english) {

    public Explanation {
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        return english;
    }
}
