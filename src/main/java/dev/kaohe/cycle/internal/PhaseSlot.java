package dev.kaohe.cycle.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

@Embeddable
public class PhaseSlot {

    private LocalDate opens;
    private LocalDate deadline;
    private boolean overridden;
    private Instant enteredAt;

    protected PhaseSlot() {
    }

    public PhaseSlot(LocalDate opens, LocalDate deadline) {
        this.opens = opens;
        this.deadline = deadline;
    }

    public LocalDate getOpens() { return opens; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isOverridden() { return overridden; }
    public Instant getEnteredAt() { return enteredAt; }

    void entered(Instant at) { this.enteredAt = at; }

    public void computed(LocalDate opens, LocalDate deadline) {
        this.opens = opens;
        this.deadline = deadline;
        this.overridden = false;
    }

    public void override(LocalDate deadline) {
        this.deadline = deadline;
        this.overridden = true;
    }
}
