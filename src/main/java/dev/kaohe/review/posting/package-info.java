/**
 * The monthly posting (公示) of published results, {@link dev.kaohe.review.posting.MonthlyPostings}, and the quarterly
 * weighted composite over the monthly cycles linked to a quarter, {@link dev.kaohe.review.posting.QuarterlyComposites}
 * (R12); weights and the missing-month rule in {@link dev.kaohe.review.posting.PostingSettings}.
 */
package dev.kaohe.review.posting;
