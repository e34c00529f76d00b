package dev.kaohe.scoring.domain;

import java.util.Objects;

/**
 * The secondary key an administrator may choose to order equal composite scores in a forced distribution:
 * a dimension's score or an item's score, higher first. Without one, equal scores always share a grade.
 */
public record TieBreak(Kind kind, String code) {

    public enum Kind { DIMENSION, ITEM }

    public TieBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static TieBreak byDimension(String code) {
        return new TieBreak(Kind.DIMENSION, code);
    }

    public static TieBreak byItem(String code) {
        return new TieBreak(Kind.ITEM, code);
    }

    public String label() {
        return (kind == Kind.DIMENSION ? "dimension " : "item ") + code;
    }
}
