package dev.kaohe.org.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingTreeTest {

    // director D <- manager M <- lead L <- rep R
    private final ReportingTree<String> tree = new ReportingTree<>(Map.of("M", "D", "L", "M", "R", "L"));

    @Test
    void aTreeWithoutLoopsHasNoCycles() {
        assertThat(tree.peopleInCycles()).isEmpty();
        assertThat(tree.cycleThrough("R")).isEmpty();
    }

    @Test
    void makingTheDirectorReportToTheirOwnRepClosesALoop() {
        ReportingTree<String> changed = tree.withManager("D", "R");

        assertThat(changed.cycleThrough("D")).contains(List.of("D", "R", "L", "M", "D"));
        assertThat(changed.peopleInCycles()).containsExactlyInAnyOrder("D", "M", "L", "R");
    }

    @Test
    void someoneBelowALoopIsNotInIt() {
        ReportingTree<String> changed = tree.withManager("M", "L").withManager("X", "R");

        assertThat(changed.peopleInCycles()).containsExactlyInAnyOrder("M", "L");
        assertThat(changed.cycleThrough("X")).isEmpty();
    }

    @Test
    void selfManagementIsALoop() {
        assertThat(tree.withManager("R", "R").cycleThrough("R")).contains(List.of("R", "R"));
    }

    @Test
    void theChainRunsFromTheDirectManagerToTheTop() {
        assertThat(tree.chainAbove("R")).containsExactly("L", "M", "D");
        assertThat(tree.chainAbove("D")).isEmpty();
    }

    @Test
    void removingAManagerCutsTheChain() {
        assertThat(tree.withManager("L", null).chainAbove("R")).containsExactly("L");
    }
}
