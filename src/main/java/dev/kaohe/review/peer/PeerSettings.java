package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.kaohe.cycle.CyclePhase;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of 360 feedback and the collaboration form, {@code kaohe.review.peer.*}.
 *
 * @param minPeers                 fewest peer reviewers a participant should have (fewer: HR is warned, approval still possible)
 * @param maxPeers                 most live peer nominations per participant (more are refused)
 * @param maxCustomers             most live customer nominations per participant
 * @param caseMinLength            the concrete case of a 360 answer needs at least this many characters (R98)
 * @param commentMinLength         the comment of a 360 or collaboration answer needs at least this many characters
 * @param minRatersToShow          answers of a rater kind are shown (without names) only from this many answered forms
 * @param collaborationScaleMin    lowest rating of response speed and cooperation on the collaboration form
 * @param collaborationScaleMax    highest rating
 * @param collaborationItems       items without their own rater blend that the collaboration form feeds anyway
 * @param defaultScaleMin          scale of a rated item whose rule has none
 * @param defaultScaleMax          …
 * @param externalLinkValidity     how long a customer's link works
 * @param assesseeSeesFrom         from this phase on the assessee sees the anonymous summary of their 360 answers
 */
@ConfigurationProperties("kaohe.review.peer")
public record PeerSettings(
        @DefaultValue("3") int minPeers,
        @DefaultValue("8") int maxPeers,
        @DefaultValue("5") int maxCustomers,
        @DefaultValue("20") int caseMinLength,
        @DefaultValue("10") int commentMinLength,
        @DefaultValue("3") int minRatersToShow,
        @DefaultValue("1") BigDecimal collaborationScaleMin,
        @DefaultValue("5") BigDecimal collaborationScaleMax,
        @DefaultValue("teamwork") List<String> collaborationItems,
        @DefaultValue("1") BigDecimal defaultScaleMin,
        @DefaultValue("5") BigDecimal defaultScaleMax,
        @DefaultValue("30d") Duration externalLinkValidity,
        @DefaultValue("PUBLICATION") CyclePhase assesseeSeesFrom) {
}
