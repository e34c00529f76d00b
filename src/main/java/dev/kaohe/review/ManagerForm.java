package dev.kaohe.review;

import java.util.List;

/**
 * A manager assessment as sent: a score and a comment per item, strengths and gaps, and on submission the reviewer's
 * name as signature (考核人签字). {@code version} as in {@link SelfForm}.
 */
public record ManagerForm(Long version, List<ItemInput> items, String strengths, String gaps, String signature) {

    public ManagerForm {
        items = items == null ? List.of() : items;
    }
}
