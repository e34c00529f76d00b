package dev.kaohe.review.peer;

import java.util.List;

/**
 * The decided nomination. {@code externalLink} is the customer's answer link (path inside the app), returned once
 * on approval and never again: only its hash is stored. {@code warnings} say e.g. that the participant still has
 * fewer approved peers than the configured minimum.
 */
public record DecisionResult(NominationView nomination, String externalLink, List<String> warnings) {
}
