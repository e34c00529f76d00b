package dev.kaohe.goal.domain;

/** Where a company strategic goal comes from: 战略会议, 年度经营计划 (R21). */
public enum GoalSource {
    STRATEGY_MEETING, ANNUAL_PLAN, OTHER
}
