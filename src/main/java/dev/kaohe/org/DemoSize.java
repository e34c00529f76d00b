package dev.kaohe.org;

/** Ready-made sizes of the demo company. */
public enum DemoSize {
    /** About 120 people: the demo offered at first-run setup. */
    STANDARD(120),
    /** For trying lists and search with some volume. */
    LARGE(10_000),
    /** For benchmarks. */
    HUGE(100_000);

    private final int employees;

    DemoSize(int employees) {
        this.employees = employees;
    }

    public int employees() {
        return employees;
    }
}
