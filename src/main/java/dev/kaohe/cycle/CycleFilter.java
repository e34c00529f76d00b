package dev.kaohe.cycle;

/** Filters of the cycle list; null means any. {@code q} searches the name and period label. */
public record CycleFilter(CycleType type, CycleStatus status, String q) {

    public static CycleFilter none() {
        return new CycleFilter(null, null, null);
    }
}
