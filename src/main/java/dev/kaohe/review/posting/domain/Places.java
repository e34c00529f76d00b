package dev.kaohe.review.posting.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Places in a posting or a composite ranking (R108, R110). */
public final class Places {

    private Places() {
    }

    /**
     * Places by score, best first; equal scores share a place and the next place skips (1, 1, 3). Keys without a score
     * get no place.
     */
    public static <K> Map<K, Integer> of(Map<K, BigDecimal> scores) {
        List<Map.Entry<K, BigDecimal>> ranked = scores.entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<K, BigDecimal>comparingByValue(Comparator.reverseOrder())).toList();
        Map<K, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal value = ranked.get(i).getValue();
            int place = i > 0 && ranked.get(i - 1).getValue().compareTo(value) == 0 ? out.get(ranked.get(i - 1).getKey()) : i + 1;
            out.put(ranked.get(i).getKey(), place);
        }
        return out;
    }
}
