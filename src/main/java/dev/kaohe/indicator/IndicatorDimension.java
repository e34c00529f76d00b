package dev.kaohe.indicator;

/** The assessment dimension (考核维度) an indicator usually belongs to; a scheme may place it elsewhere. */
public enum IndicatorDimension {
    PERFORMANCE,
    CUSTOMER,
    MARKETING,
    COLLABORATION,
    COMPETENCY,
    GROWTH
}
