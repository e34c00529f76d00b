package dev.kaohe.cycle;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import dev.kaohe.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleSettingsTest {

    @Test
    void theSourceDefaultsLieWithinTheirOwnRanges() {
        CycleSettings defaults = settings(10, 5, 10, 5, 1, 5);
        assertThat(defaults.deadlinePlan()).isEqualTo(dev.kaohe.cycle.domain.DeadlinePlan.sourceDefaults());
        assertThat(defaults.deadlinePlan(5, 3).preparationLead()).isEqualTo(5);
        assertThat(defaults.deadlinePlan(null, 3).feedback()).isEqualTo(3);
    }

    @Test
    void aDefaultPreparationLeadOrFeedbackPhaseOutsideItsRangeStopsTheStart() {
        assertThatThrownBy(() -> settings(12, 5, 10, 5, 1, 5)).hasMessageContaining("preparation-lead-days");
        assertThatThrownBy(() -> settings(10, 5, 10, 6, 1, 5)).hasMessageContaining("feedback-days");
        assertThatThrownBy(() -> settings(5, 0, 10, 5, 1, 5)).hasMessageContaining("preparation-lead-days");
    }

    private static CycleSettings settings(int lead, int leadMin, int leadMax, int feedback, int feedbackMin, int feedbackMax) {
        return new CycleSettings(lead, leadMin, leadMax, 5, 2, 3, 3, 4, 5, feedback, feedbackMin, feedbackMax, 2, "0 0 8 * * *",
                true, "0 5 0 * * *", true, List.of(Role.HR), List.of(Role.HR, Role.ADMIN), Duration.ofSeconds(60), ZoneId.of("Asia/Shanghai"));
    }
}
