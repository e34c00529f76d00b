/**
 * Reviews (考核实施): the self-assessment and the manager assessment on the assessment form (T1) with evidence and the
 * assessor's signature, results from the scoring engine with their derivation (versioned, never overwritten),
 * calibration of the grades against the forced-distribution quotas, locking and publication, and, in
 * {@code review.peer}, {@code review.defence} and {@code review.posting}, 360 / cross-department evaluation, the
 * review-defence library, and the monthly posting of results with the quarterly weighted composite.
 *
 * <p>Public API: {@link dev.kaohe.review.Assessments}, {@link dev.kaohe.review.Results},
 * {@link dev.kaohe.review.Calibrations} (all access-checked), their views and forms, and the SPI
 * {@link dev.kaohe.review.RaterInputs} through which results read the 360 and cross-department ratings.
 */
package dev.kaohe.review;
