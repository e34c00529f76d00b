package dev.kaohe.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.kaohe.scoring.domain.Evaluation;
import dev.kaohe.scoring.domain.ForcedDistribution;
import dev.kaohe.scoring.domain.ItemResult;
import dev.kaohe.scoring.domain.Participant;
import dev.kaohe.scoring.domain.PersonResult;
import dev.kaohe.scoring.domain.RaterBlend;

/**
 * The {@link ScoringBenchmark} population in a plain timing loop, for profiling (run it with
 * {@code -XX:StartFlightRecording}) and for a checksum over every result, so a change to the engine can show
 * that it gives the same results to the last digit and the last word of every derivation.
 *
 * <p>Arguments: {@code [participants=100000] [warm-up runs=5] [measured runs=10] [checksum|nochecksum]}.
 */
public final class ScoringEngineTiming {

    private ScoringEngineTiming() {
    }

    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean checksum = args.length <= 3 || !"nochecksum".equals(args[3]);

        Evaluation evaluation = ScoringBenchmark.evaluation();
        List<Participant> population = ScoringBenchmark.population(participants, 10, new Random(42));
        System.out.printf("cores %d, load %s, heap %d MB, %d participants × %d items%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() >> 20,
                participants, evaluation.scheme().items().size());

        List<PersonResult> results = null;
        for (int i = 0; i < warmups; i++) {
            results = null; // as under JMH, the previous result is garbage while the next one is computed
            long start = System.nanoTime();
            results = evaluation.evaluate(population);
            System.out.printf("warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            results = null;
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            results = evaluation.evaluate(population);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (processCpuNanos() - cpuStart) / 1e6;
            System.out.printf("run %d: %.0f ms wall, %.0f ms CPU of this JVM incl. GC (load %s)%n", i + 1, ms[i], cpu[i],
                    loadAverage());
        }
        if (runs > 0) {
            System.out.printf("engine: median %.0f ms, min %.0f ms, max %.0f ms over %d runs; CPU median %.0f ms; load %s%n",
                    median(ms), min(ms), max(ms), runs, median(cpu), loadAverage());
        }
        if (checksum) {
            if (results == null) {
                results = evaluation.evaluate(population);
            }
            System.out.println("checksum " + checksum(results));
        }
    }

    /**
     * The item with its rater outcomes in rater order: {@code raterOutcomes} is an immutable map whose iteration
     * order (and so the order of raters in the text) changes from one JVM to the next.
     */
    private static ItemResult canonical(ItemResult item) {
        if (item.raterOutcomes().size() < 2) {
            return item;
        }
        return new ItemResult(item.itemCode(), item.itemName(), item.dimensionCode(), item.weight(), item.actual(), item.target(),
                item.outcome(), new EnumMap<>(item.raterOutcomes()), item.blend(), item.score(), item.contribution(), item.problem());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "n/a";
        }
    }

    /** SHA-256 over every number (with its scale) and every derivation text, in both languages. */
    static String checksum(List<PersonResult> results) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        StringBuilder line = new StringBuilder(4096);
        for (PersonResult r : results) {
            line.setLength(0);
            line.append(r.participantId()).append('|').append(new java.util.TreeMap<>(r.groups())).append('|')
                    .append(r.schemeCode()).append(r.schemeVersion()).append('|').append(r.composite()).append('|')
                    .append(r.bonusTotal()).append('|').append(r.cap()).append('|').append(r.finalScore()).append('|')
                    .append(r.grade()).append('|').append(r.problems()).append('\n');
            for (ItemResult item : r.items()) {
                line.append(item.itemCode()).append(' ').append(item.weight()).append(' ').append(item.actual()).append(' ')
                        .append(item.target()).append(' ').append(item.score()).append(' ').append(item.contribution()).append(' ')
                        .append(item.achievement() == null ? null : item.achievement().percent() + " " + item.achievement().basis())
                        .append(' ').append(item.outcome() == null ? null : item.outcome().score());
                new java.util.TreeMap<>(item.raterOutcomes()).forEach((rater, o) -> line.append(' ').append(rater).append('=').append(o.score()));
                RaterBlend.Blend blend = item.blend();
                if (blend != null) {
                    line.append(' ').append(blend.score()).append(' ').append(blend.shares()).append(' ').append(blend.missing());
                }
                line.append('\n');
            }
            r.dimensions().forEach(d -> line.append(d).append('\n'));
            if (r.team() != null) {
                line.append(r.team().attainment()).append(' ').append(r.team().teamOutcome().score()).append(' ')
                        .append(r.team().individual()).append(' ').append(r.team().linked()).append('\n');
            }
            if (r.absoluteGrade() != null) {
                line.append(r.absoluteGrade().grade()).append(' ').append(r.absoluteGrade().from()).append('\n');
            }
            r.places().values().stream().sorted(Comparator.comparing(PersonResult.Place::population)).forEach(p -> {
                line.append(p.population()).append(' ').append(p.group()).append(' ').append(p.rank()).append('\n');
                ForcedDistribution.Placement d = p.distribution();
                if (d != null) {
                    line.append(d.grade()).append(' ').append(d.quotaGrade()).append(' ').append(d.minScoreMissed()).append(' ')
                            .append(d.score()).append(' ').append(d.rank()).append(' ').append(d.tiedWith()).append(' ')
                            .append(d.tieAtBoundary()).append(' ').append(d.quotas().plannedCount()).append(' ')
                            .append(d.quotas().cumulativeShare()).append('\n');
                    line.append(d.describe(Locale.CHINA)).append('\n').append(d.describe(Locale.ENGLISH)).append('\n');
                }
            });
            for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
                String text = r.describe(locale);
                for (ItemResult item : r.items()) {
                    String itemText = item.describe(locale);
                    String canonical = canonical(item).describe(locale);
                    text = text.replace(itemText, canonical);
                    line.append(canonical).append('\n');
                }
                line.append(text).append('\n');
            }
            digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
