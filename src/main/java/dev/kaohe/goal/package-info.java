/**
 * Goals (目标设定-过程跟踪): company strategic goals cascaded to departments, teams and people; KPI and
 * OKR goals with SMART checks, weights and base + challenge targets; goal templates per position;
 * the alignment view; confirmation (个人绩效目标确认书), adjustment requests (目标调整申请表),
 * action plans (营销目标行动计划表) and check-ins, and the Excel forms T5–T9. Goals are archived, never
 * deleted; templates are edited and deactivated, and their items may be OKR with their own parent goal.
 *
 * <p>{@code goal.domain} holds the rules as plain Java (SMART check, weight rule, core-goal count,
 * tenure quota, adjustment limit, progress roll-up); every number in them comes from
 * {@link dev.kaohe.goal.GoalSettings}.
 */
package dev.kaohe.goal;
