package dev.kaohe.scoring.domain;

/**
 * Where an item's value comes from: one measured actual (sales, from data) or ratings by several raters
 * (communication skill, rated by self and manager), each scored by the rule and then blended.
 */
public enum InputSource {
    MEASURED,
    RATED
}
