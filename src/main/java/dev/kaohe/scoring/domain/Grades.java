package dev.kaohe.scoring.domain;

/** The S/A/B/C/D labels shared by the score scale and the forced distribution (R84). */
public final class Grades {

    public static final Grade S = new Grade("S", "S", "S");
    public static final Grade A = new Grade("A", "A", "A");
    public static final Grade B = new Grade("B", "B", "B");
    public static final Grade C = new Grade("C", "C", "C");
    public static final Grade D = new Grade("D", "D", "D");

    private Grades() {
    }
}
