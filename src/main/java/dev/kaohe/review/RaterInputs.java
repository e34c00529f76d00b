package dev.kaohe.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Ratings by other people than the assessee and their reviewer: peers and customers (360) and collaborating
 * departments (协作评价表). Results blend them into the scheme's rated items. Only answered forms count; a rater
 * kind with fewer answers than the minimum to show is still counted, but never shown with names.
 */
public interface RaterInputs {

    /**
     * Per item code of the participant's scheme, per rater ({@code PEER, CUSTOMER, CROSS_DEPARTMENT}), the average
     * score of the answered forms. Items nobody rated are absent.
     */
    Map<String, Map<String, BigDecimal>> ratings(long participantId);

    /** Whether every approved reviewer of the participant has answered (or the 360 phase is over). */
    boolean complete(long participantId);

    /**
     * The rater kinds of the participant with answers, but fewer than the minimum to show ({@code minRatersToShow}):
     * their averages count in the result, but are not shown to anyone who could tell the raters apart.
     */
    default Withheld withheld(long participantId) {
        return Withheld.NONE;
    }

    /** Rater kinds ({@code PEER, CUSTOMER}) too few to show, and the minimum that would show them. */
    record Withheld(java.util.Set<String> kinds, int minRatersToShow) {
        public static final Withheld NONE = new Withheld(java.util.Set.of(), 0);

        public Withheld {
            kinds = java.util.Set.copyOf(kinds);
        }
    }
}
