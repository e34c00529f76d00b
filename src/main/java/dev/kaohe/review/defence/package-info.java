/**
 * Quarterly review defence records (述职答辩, R102) and the library of reusable method they form (R208):
 * {@link dev.kaohe.review.defence.DefenceRecords}. Who reads the library is set in
 * {@link dev.kaohe.review.defence.DefenceSettings}.
 */
package dev.kaohe.review.defence;
