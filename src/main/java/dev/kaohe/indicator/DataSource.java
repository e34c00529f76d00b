package dev.kaohe.indicator;

/** Where an indicator's actual values come from (SPEC R89); MANUAL means entered or rated by people. */
public enum DataSource {
    CRM,
    SALES_REPORT,
    FINANCE,
    SURVEY,
    TICKETING,
    MARKETING_AUTOMATION,
    AD_PLATFORM,
    CONTENT_PLATFORM,
    MARKET_MONITORING,
    OA,
    TRAINING,
    BI,
    MANUAL
}
