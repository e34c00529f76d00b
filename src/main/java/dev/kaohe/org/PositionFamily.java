package dev.kaohe.org;

/** The position families of the marketing department (SPEC R2); each later gets default indicators and weights. */
public enum PositionFamily {
    SALES_REP, TELESALES, KEY_ACCOUNT, MARKETING, MARKET_PLANNING, NEW_MEDIA, CHANNEL_PROMOTION, BRAND,
    CUSTOMER_SERVICE, MANAGEMENT
}
