package dev.kaohe.indicator;

import java.util.List;

import dev.kaohe.org.PositionFamily;

/** A scheme's own fields (not its rules): name, description, default for which positions, status. */
public record SchemeSettingsForm(String name, String description, List<PositionFamily> positionFamilies,
                                 SchemeStatus status, Long version) {
}
