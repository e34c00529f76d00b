package dev.kaohe.indicator;

import java.util.List;

import dev.kaohe.org.PositionFamily;
import dev.kaohe.scoring.SchemeSpec;

/**
 * A new scheme. Its first version is {@code definition}, or the named {@code preset} ({@code PRESET-A},
 * {@code PRESET-B}, {@code PRESET-C}; "A", "B", "C" also do) when no definition is given.
 */
public record SchemeForm(String code, String name, String description, List<PositionFamily> positionFamilies,
                         String preset, SchemeSpec definition, String note) {
}
