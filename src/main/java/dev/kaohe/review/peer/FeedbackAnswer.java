package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a rater writes. A 360 form (peer, customer) has {@code ratings} per item code, the concrete case it is based
 * on ({@code caseText}, R98) and a comment; a collaboration form has {@code responseSpeed}, {@code cooperation} and a
 * comment. {@code version} is the form's version the rater started from.
 */
public record FeedbackAnswer(Map<String, BigDecimal> ratings, String caseText, String comment, BigDecimal responseSpeed,
                             BigDecimal cooperation, Long version) {

    public FeedbackAnswer {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
