package dev.kaohe.indicator;

import dev.kaohe.scoring.SchemeSpec;

/** A scheme definition to store as a version, with a note saying why it changed. */
public record VersionForm(SchemeSpec definition, String note) {
}
