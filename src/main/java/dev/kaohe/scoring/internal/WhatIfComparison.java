package dev.kaohe.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kaohe.scoring.SimulationResult;

/**
 * Two simulations of the same population side by side: per person the score, grade and company rank under
 * each, and how far they moved. Rows are sorted by the size of the move: grade steps first, then rank
 * places, then points. A grade step is the distance between the two grades in the grade order (best first),
 * positive when the person moves up under B; a rank move is positive when the person moves up.
 */
public record WhatIfComparison(SimulationResult a, SimulationResult b, List<Row> rows, int gradeUp, int gradeDown,
                               int rankMoved) {

    public record Row(String id, String name, String team, BigDecimal scoreA, BigDecimal scoreB, BigDecimal delta,
                      String gradeA, String gradeB, int gradeSteps, Integer rankA, Integer rankB, int rankMove,
                      String derivationA, String derivationB) {

        public boolean movesGrade() {
            return gradeSteps != 0;
        }

        public boolean movesRank() {
            return rankMove != 0;
        }
    }

    public static WhatIfComparison of(SimulationResult a, SimulationResult b, List<String> gradeOrder) {
        Map<String, SimulationResult.Person> byIdB = b.people().stream()
                .collect(Collectors.toMap(SimulationResult.Person::id, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (SimulationResult.Person pa : a.people()) {
            SimulationResult.Person pb = byIdB.get(pa.id());
            if (pb == null) {
                continue;
            }
            BigDecimal delta = pa.finalScore() == null || pb.finalScore() == null ? null : pb.finalScore().subtract(pa.finalScore());
            String codeA = pa.grade() == null ? null : pa.grade().code();
            String codeB = pb.grade() == null ? null : pb.grade().code();
            int steps = 0;
            if (codeA != null && codeB != null && !codeA.equals(codeB)) {
                int ia = gradeOrder.indexOf(codeA);
                int ib = gradeOrder.indexOf(codeB);
                steps = ia < 0 || ib < 0 ? 1 : ia - ib;
            }
            Integer rankA = pa.companyPlace() == null ? null : pa.companyPlace().rank();
            Integer rankB = pb.companyPlace() == null ? null : pb.companyPlace().rank();
            int rankMove = rankA == null || rankB == null ? 0 : rankA - rankB;
            rows.add(new Row(pa.id(), pa.name(), pa.groups().get("team"), pa.finalScore(), pb.finalScore(), delta,
                    pa.grade() == null ? null : pa.grade().label(), pb.grade() == null ? null : pb.grade().label(), steps,
                    rankA, rankB, rankMove, pa.derivation(), pb.derivation()));
        }
        rows.sort(Comparator.comparingInt((Row r) -> -Math.abs(r.gradeSteps()))
                .thenComparingInt(r -> -Math.abs(r.rankMove()))
                .thenComparing(r -> r.delta() == null ? BigDecimal.ZERO : r.delta().abs(), Comparator.reverseOrder())
                .thenComparing(Row::id));
        int up = (int) rows.stream().filter(r -> r.gradeSteps() > 0).count();
        int down = (int) rows.stream().filter(r -> r.gradeSteps() < 0).count();
        int moved = (int) rows.stream().filter(Row::movesRank).count();
        return new WhatIfComparison(a, b, List.copyOf(rows), up, down, moved);
    }
}
