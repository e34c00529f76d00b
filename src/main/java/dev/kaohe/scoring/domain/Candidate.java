package dev.kaohe.scoring.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * A member of a population to rank or distribute: an id, a score, and (only when a tie-break is chosen) the
 * secondary value that orders equal scores, higher first.
 */
public record Candidate(String id, BigDecimal score, BigDecimal tieKey) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(score, "score");
    }

    public static Candidate of(String id, String score) {
        return new Candidate(id, new BigDecimal(score), null);
    }

    /** Best first: score, then the tie-break value if any, then the id (which only fixes a stable order). */
    static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int c = b.score.compareTo(a.score);
        if (c != 0) {
            return c;
        }
        if (a.tieKey != b.tieKey) {
            if (a.tieKey == null) {
                return 1;
            }
            if (b.tieKey == null) {
                return -1;
            }
            c = b.tieKey.compareTo(a.tieKey);
            if (c != 0) {
                return c;
            }
        }
        return a.id.compareTo(b.id);
    };
}
