package dev.kaohe.indicator;

import java.util.Locale;
import java.util.Map;

/**
 * The scoring module's presets name indicators by short names ("sales", "collection-rate"); the library's
 * codes are stable capitals. This maps one to the other; a name already in library form passes through.
 */
final class PresetIndicators {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("sales", "SALES_AMOUNT"),
            Map.entry("collection-rate", "COLLECTION_RATE"),
            Map.entry("new-customers", "NEW_CUSTOMERS"),
            Map.entry("training-participation", "TRAINING_PARTICIPATION"),
            Map.entry("training-completion", "TRAINING_COMPLETION_RATE"),
            Map.entry("proposals-adopted", "PROPOSALS_ADOPTED"),
            Map.entry("conversion-rate", "CONVERSION_RATE"),
            Map.entry("csat", "CSAT"),
            Map.entry("cac", "CAC"),
            Map.entry("content-output", "CONTENT_OUTPUT"),
            Map.entry("lead-follow-up", "LEAD_FOLLOWUP_RATE"),
            Map.entry("communication", "CUSTOMER_COMMUNICATION"),
            Map.entry("teamwork", "TEAMWORK"));

    /** Rated items of the presets carry no indicator; these names point them at the library's competencies. */
    private static final Map<String, String> BY_NAME = Map.of(
            "客户沟通能力", "CUSTOMER_COMMUNICATION",
            "团队协作", "TEAMWORK");

    private PresetIndicators() {
    }

    static String libraryCode(String presetCode, String itemName) {
        if (presetCode == null || presetCode.isBlank()) {
            return itemName == null ? null : BY_NAME.get(itemName);
        }
        return ALIASES.getOrDefault(presetCode, presetCode.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
