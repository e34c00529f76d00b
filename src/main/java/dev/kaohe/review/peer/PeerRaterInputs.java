package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.review.RaterInputs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RaterInputs} from submitted 360 and collaboration forms. Peers and customers: the mean rating per item on
 * the item's scale. The collaboration form: the mean of response speed and cooperation, moved from the form's scale
 * onto each fed item's scale, then the mean over the forms. Two decimals, half up.
 */
@Component
class PeerRaterInputs implements RaterInputs {

    private final PeerStore store;
    private final PeerItems items;
    private final CycleDirectory cycles;
    private final PeerSettings settings;

    PeerRaterInputs(PeerStore store, PeerItems items, CycleDirectory cycles, PeerSettings settings) {
        this.store = store;
        this.items = items;
        this.cycles = cycles;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, BigDecimal>> ratings(long participantId) {
        ParticipantView participant = cycles.participant(participantId).orElse(null);
        if (participant == null) {
            return Map.of();
        }
        List<PeerStore.Answer> answers = store.answers(participantId);
        Map<String, Map<String, List<BigDecimal>>> collected = new TreeMap<>();
        for (RaterKind kind : RaterKind.values()) {
            List<PeerStore.Answer> of = answers.stream().filter(a -> a.kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            for (ItemToRate item : items.open(participant, kind)) {
                for (PeerStore.Answer answer : of) {
                    BigDecimal rating = kind == RaterKind.CROSS_DEPARTMENT ? collaboration(answer.form(), item)
                            : answer.form().ratings().get(item.code());
                    if (rating != null) {
                        collected.computeIfAbsent(item.code(), c -> new LinkedHashMap<>())
                                .computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(rating);
                    }
                }
            }
        }
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        collected.forEach((item, byKind) -> {
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            byKind.forEach((kind, values) -> averages.put(kind, PeerSummaries.average(values)));
            out.put(item, Map.copyOf(averages));
        });
        return Map.copyOf(out);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean complete(long participantId) {
        ParticipantView participant = cycles.participant(participantId).orElse(null);
        if (participant == null) {
            return false;
        }
        CyclePhase phase = cycles.phase(participant.cycleId()).orElseThrow();
        return CyclePhase.PEER_REVIEW.isBefore(phase) || store.openCount(participantId) == 0;
    }

    /** Peers and customers like the summary: shown from {@code minRatersToShow} answers; departments always (no person). */
    @Override
    @Transactional(readOnly = true)
    public Withheld withheld(long participantId) {
        List<PeerStore.Answer> answers = store.answers(participantId);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (RaterKind kind : RaterKind.values()) {
            long answered = answers.stream().filter(a -> a.kind() == kind).count();
            if (kind != RaterKind.CROSS_DEPARTMENT && answered > 0 && answered < settings.minRatersToShow()) {
                kinds.add(kind.name());
            }
        }
        return new Withheld(kinds, settings.minRatersToShow());
    }

    private BigDecimal collaboration(PeerStore.FormRow form, ItemToRate item) {
        if (form.responseSpeed() == null || form.cooperation() == null) {
            return null;
        }
        BigDecimal mean = form.responseSpeed().add(form.cooperation()).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
        return item.rescale(mean, settings.collaborationScaleMin(), settings.collaborationScaleMax());
    }
}
