package dev.kaohe.review.peer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.Simulations;
import org.springframework.stereotype.Component;

/**
 * Which items of a participant's scheme a rater kind rates. A rated item is open to peers and customers when its
 * rater blend names them or when it has no blend of its own (the evaluation's blend then decides whether their
 * ratings count). The collaboration form feeds the items whose blend names {@code CROSS_DEPARTMENT}, and the
 * configured items without a blend (by default {@code teamwork}), since its two dimensions are about working together.
 */
@Component
public class PeerItems {

    private final Simulations simulations;
    private final PeerSettings settings;

    PeerItems(Simulations simulations, PeerSettings settings) {
        this.simulations = simulations;
        this.settings = settings;
    }

    public List<ItemToRate> open(ParticipantView participant, RaterKind kind) {
        SchemeSpec scheme = simulations.resolve(participant.schemeCode(), participant.schemeVersion());
        List<ItemToRate> items = new ArrayList<>();
        for (DimensionSpec dimension : scheme.dimensions()) {
            for (ItemSpec item : dimension.items()) {
                if (item.source() == ItemSpec.Source.RATED && openTo(item, kind)) {
                    items.add(new ItemToRate(item.code(), item.name(), dimension.name(), min(item.rule()), max(item.rule())));
                }
            }
        }
        return items;
    }

    private boolean openTo(ItemSpec item, RaterKind kind) {
        if (item.blend() != null) {
            BigDecimal weight = item.blend().get(kind.name());
            return weight != null && weight.signum() > 0;
        }
        return kind != RaterKind.CROSS_DEPARTMENT || settings.collaborationItems().contains(item.code());
    }

    private BigDecimal min(RuleSpec rule) {
        return scaled(rule) ? rule.min() : settings.defaultScaleMin();
    }

    private BigDecimal max(RuleSpec rule) {
        return scaled(rule) ? rule.max() : settings.defaultScaleMax();
    }

    private static boolean scaled(RuleSpec rule) {
        return rule != null && (rule.type() == RuleSpec.Type.RATING_SCALE || rule.type() == RuleSpec.Type.MANUAL)
                && rule.min() != null && rule.max() != null && rule.min().compareTo(rule.max()) < 0;
    }
}
