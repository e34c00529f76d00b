package dev.kaohe.scoring.domain;

/** What a dimension weight outside its allowed range does (R61, C4): refuse the scheme, or only warn. */
public enum RangePolicy {
    BLOCK,
    WARN
}
