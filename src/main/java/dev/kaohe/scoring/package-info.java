/**
 * Scoring: turning targets and actuals into item scores, composites, grades and ranks, each with the
 * derivation that explains it.
 *
 * <p>{@code scoring.domain} is the engine itself, plain Java with no framework: achievement
 * ({@code actual ÷ target}, inverted for lower-is-better indicators), rule types (tier tables, linear,
 * threshold, rating scale, OKR progress, administrator formulas, manual scores), the multi-rater blend,
 * team linkage, qualitative bonus points, composites per dimension and overall, absolute grade scales,
 * forced distribution within any population, and ranks (rank, dense rank, percentile, bands).
 * {@link dev.kaohe.scoring.domain.Evaluation} is its entry point. Every number the sources give
 * (tier tables, grade bands, quotas, the team share) is a named preset, never a literal inside the
 * logic, so a scheme or cycle can choose its own.
 */
package dev.kaohe.scoring;
