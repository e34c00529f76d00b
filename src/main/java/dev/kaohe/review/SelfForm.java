package dev.kaohe.review;

import java.util.List;

/**
 * A self-assessment as sent: a score and the evidence per item. {@code version} is the version the edit is based on
 * (null when the form has not been saved before).
 */
public record SelfForm(Long version, List<ItemInput> items) {

    public SelfForm {
        items = items == null ? List.of() : items;
    }
}
