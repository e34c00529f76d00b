package dev.kaohe.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SimulationRequest;

/**
 * A built-in population for trying schemes: always the same people with the same values, so two runs and
 * two schemes compare like for like. Each person has one underlying level of performance; every item's
 * value is that level plus a little noise, scaled to the item (its target, rating scale or range). An item
 * code present in several schemes gets the same value in all of them.
 */
public final class SamplePopulation {

    private static final String[] NAMES = {"王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴昊",
            "徐丽", "孙杰", "马超", "朱琳", "胡斌", "郭颖", "何鹏", "高雪", "林涛", "罗佳"};
    private static final String[] TEAMS = {"华东一组", "华南二组", "华北三组", "西南四组"};

    private SamplePopulation() {
    }

    public static List<SimulationRequest.ParticipantInput> of(int size, List<SchemeSpec> schemes) {
        Map<String, ItemSpec> items = new LinkedHashMap<>();
        schemes.forEach(s -> s.items().forEach(i -> items.putIfAbsent(i.code(), i)));
        List<SimulationRequest.ParticipantInput> people = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            Random person = new Random(1_000_003L * (n + 1));
            double level = 0.55 + 0.6 * person.nextDouble();
            Map<String, SimulationRequest.ItemValues> inputs = new LinkedHashMap<>();
            for (ItemSpec item : items.values()) {
                Random noise = new Random(31L * item.code().hashCode() + n);
                double x = Math.max(0, Math.min(1.4, level + (noise.nextDouble() - 0.5) * 0.3));
                inputs.put(item.code(), values(item, x));
            }
            String name = NAMES[n % NAMES.length] + (n < NAMES.length ? "" : String.valueOf(n / NAMES.length + 1));
            people.add(new SimulationRequest.ParticipantInput(String.format("S%03d", n + 1), name,
                    Map.of("team", TEAMS[n % TEAMS.length]), inputs, null, List.of()));
        }
        return people;
    }

    /** {@code x} is achievement-like: 1.0 is on target. */
    private static SimulationRequest.ItemValues values(ItemSpec item, double x) {
        RuleSpec rule = item.rule();
        RuleSpec.Type type = rule == null ? null : rule.type();
        if (type == RuleSpec.Type.RATING_SCALE) {
            BigDecimal min = rule.min() == null ? BigDecimal.ONE : rule.min();
            BigDecimal max = rule.max() == null ? BigDecimal.valueOf(5) : rule.max();
            double span = max.subtract(min).doubleValue();
            BigDecimal rating = BigDecimal.valueOf(min.doubleValue() + span * Math.min(1, x / 1.3)).setScale(1, RoundingMode.HALF_UP);
            return item.source() == ItemSpec.Source.RATED
                    ? new SimulationRequest.ItemValues(null, null, Map.of("MANAGER", rating), null)
                    : SimulationRequest.ItemValues.actual(rating);
        }
        if (type == RuleSpec.Type.OKR_PROGRESS) {
            BigDecimal full = rule.fullProgress() == null ? BigDecimal.ONE : rule.fullProgress();
            return SimulationRequest.ItemValues.actual(full.multiply(BigDecimal.valueOf(Math.min(1, x / 1.3))).setScale(2, RoundingMode.HALF_UP));
        }
        if (type == RuleSpec.Type.MANUAL) {
            BigDecimal min = rule.min() == null ? BigDecimal.ZERO : rule.min();
            BigDecimal max = rule.max() == null ? BigDecimal.valueOf(100) : rule.max();
            double span = max.subtract(min).doubleValue();
            return SimulationRequest.ItemValues.actual(BigDecimal.valueOf(min.doubleValue() + span * Math.min(1, x / 1.3))
                    .setScale(0, RoundingMode.HALF_UP));
        }
        BigDecimal target = item.target() != null ? item.target() : rule == null ? null : rule.threshold();
        if (target == null) {
            return SimulationRequest.ItemValues.actual(BigDecimal.valueOf(100 * x).setScale(0, RoundingMode.HALF_UP));
        }
        double factor = type == RuleSpec.Type.THRESHOLD ? 0.9 + 0.15 * x : x;
        if (item.direction() == ItemSpec.Direction.LOWER_IS_BETTER) {
            factor = 1 / Math.max(0.5, factor);
        }
        int scale = target.abs().compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
        return SimulationRequest.ItemValues.actual(target.multiply(BigDecimal.valueOf(factor)).setScale(scale, RoundingMode.HALF_UP));
    }
}
