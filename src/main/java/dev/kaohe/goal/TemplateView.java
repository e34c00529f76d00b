package dev.kaohe.goal;

import java.util.List;

/** A goal template; {@code parentTitles} names each item's own parent goal (null when none). */
public record TemplateView(long id, String code, String name, long positionId, String positionName,
                           List<TemplateForm.Item> items, java.math.BigDecimal weightSum, boolean active,
                           List<String> parentTitles, long version) {
}
