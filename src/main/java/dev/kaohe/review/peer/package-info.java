/**
 * 360 feedback (R98) and the cross-department collaboration form (协作评价表, R97, T4): nominations by the
 * participant's reviewer or a manager above them with HR approval ({@link dev.kaohe.review.peer.Nominations}), the
 * raters' forms including a customer's one-time link ({@link dev.kaohe.review.peer.FeedbackForms}), the anonymous
 * summary ({@link dev.kaohe.review.peer.PeerSummaries}) and the {@link dev.kaohe.review.RaterInputs} results read.
 * Stored with plain SQL (tables {@code peer_nomination}, {@code peer_form}, {@code peer_rating}); versions are checked
 * in each update's {@code where} clause, so a stale edit answers 409.
 */
package dev.kaohe.review.peer;
