package dev.kaohe.goal;

import java.util.List;

public record TemplateView(long id, String code, String name, long positionId, String positionName,
                           List<TemplateForm.Item> items, java.math.BigDecimal weightSum) {
}
