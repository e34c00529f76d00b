package dev.kaohe.review.defence;

/** The main obstacle behind a missed target (R102, question 1). */
public enum Obstacle {
    MARKET_ENVIRONMENT, CAPABILITY_GAP, STRATEGY_ERROR
}
