package dev.kaohe.cycle.domain;

import dev.kaohe.cycle.CyclePhase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTransitionTest {

    @Test
    void theNextPhaseNeedsNoReason() {
        assertThat(PhaseTransition.check(CyclePhase.SELF_ASSESSMENT, CyclePhase.MANAGER_ASSESSMENT, null).allowed()).isTrue();
    }

    @Test
    void skippingAheadGoingBackAndReopeningNeedAReason() {
        assertThat(PhaseTransition.check(CyclePhase.MANAGER_ASSESSMENT, CyclePhase.CALIBRATION, null).reasonKey())
                .isEqualTo("cycle.transition.skipNeedsReason");
        assertThat(PhaseTransition.check(CyclePhase.MANAGER_ASSESSMENT, CyclePhase.SELF_ASSESSMENT, "  ").reasonKey())
                .isEqualTo("cycle.transition.backNeedsReason");
        assertThat(PhaseTransition.check(CyclePhase.CLOSED, CyclePhase.FEEDBACK, null).reasonKey())
                .isEqualTo("cycle.transition.reopenNeedsReason");
        assertThat(PhaseTransition.check(CyclePhase.MANAGER_ASSESSMENT, CyclePhase.CALIBRATION, "no 360 this quarter").allowed()).isTrue();
        assertThat(PhaseTransition.check(CyclePhase.CLOSED, CyclePhase.FEEDBACK, "interview missed").allowed()).isTrue();
    }

    @Test
    void stayingInTheSamePhaseIsNoChange() {
        assertThat(PhaseTransition.check(CyclePhase.CLOSED, CyclePhase.CLOSED, "x").reasonKey()).isEqualTo("cycle.transition.same");
    }
}
