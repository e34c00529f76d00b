package dev.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A what-if evaluation: a scheme (inline, or a stored one by {@code schemeCode} and optional {@code version};
 * the presets answer to {@code PRESET-A}, {@code PRESET-B}, {@code PRESET-C}), settings (optional, source
 * defaults), and participants with their actuals and ratings. Nothing is stored.
 */
public record SimulationRequest(SchemeSpec scheme, String schemeCode, Integer version, SettingsSpec settings,
                                List<ParticipantInput> participants) {

    /**
     * One person. {@code groups} places them in populations ({@code team → east-1}, {@code department → …});
     * {@code inputs} per item code; {@code teamAttainment} in percent, for team linkage.
     */
    public record ParticipantInput(String id, String name, Map<String, String> groups, Map<String, ItemValues> inputs,
                                   BigDecimal teamAttainment, List<Bonus> bonuses) {
        public ParticipantInput {
            groups = groups == null ? Map.of() : groups;
            inputs = inputs == null ? Map.of() : inputs;
            bonuses = bonuses == null ? List.of() : bonuses;
        }
    }

    /**
     * A participant's values for one item: the measured {@code actual}, their own {@code target} (null: the
     * scheme's), {@code ratings} by rater ({@code SELF, MANAGER, PEER, CROSS_DEPARTMENT, CUSTOMER}) for rated
     * items, and {@code extras}, further named numbers for a formula.
     */
    public record ItemValues(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> ratings,
                             Map<String, BigDecimal> extras) {
        public static ItemValues actual(BigDecimal actual) {
            return new ItemValues(actual, null, null, null);
        }
    }

    /** Bonus points with their reason; {@code proposedBy} a rater name (default MANAGER), {@code itemCode} optional. */
    public record Bonus(BigDecimal points, String reason, String proposedBy, String itemCode) {
    }
}
