package dev.kaohe.intake.aggregation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a business record a definition may read, by name. {@code records} counts each record as 1
 * (so SHARE of records is a conversion rate); a boolean counts as 1 when true.
 */
public enum Field {
    RECORDS(Kind.NUMBER), AMOUNT(Kind.NUMBER), AMOUNT_DUE(Kind.NUMBER), NPS(Kind.NUMBER), CSAT(Kind.NUMBER), CES(Kind.NUMBER),
    NEW_CUSTOMER(Kind.BOOLEAN), PASSED(Kind.BOOLEAN),
    REFERENCE(Kind.TEXT), CUSTOMER(Kind.TEXT), CUSTOMER_TIER(Kind.TEXT), PRODUCT_LINE(Kind.TEXT), CHANNEL(Kind.TEXT),
    REGION_CODE(Kind.TEXT), LEAD_SOURCE(Kind.TEXT), CATEGORY(Kind.TEXT), SEVERITY(Kind.TEXT),
    STARTED_AT(Kind.TIMESTAMP), FIRST_RESPONSE_AT(Kind.TIMESTAMP), ENDED_AT(Kind.TIMESTAMP);

    public enum Kind { NUMBER, BOOLEAN, TEXT, TIMESTAMP }

    private final Kind kind;

    Field(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The column name, which is also how definitions write the field. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Field> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** Whether the field can be added up (numbers, booleans as 0/1, and {@code records}). */
    public boolean summable() {
        return kind == Kind.NUMBER || kind == Kind.BOOLEAN;
    }
}
