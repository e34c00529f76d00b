package dev.kaohe.goal;

/** The discussion note of a goal confirmation; {@code version} is that of the confirmation read (0 when none yet). */
public record ConfirmationForm(String whatNote, String howNote, String supportNote, Long version) {
}
