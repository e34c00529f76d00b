/**
 * Performance data intake: indicator actuals per person and period from uploaded sheets (.csv, .xlsx) and the
 * REST API, checked in a dry run, committed all-or-nothing, versioned on correction, and traceable to the batch,
 * file and row they came from.
 *
 * <p>Reading the organisation and the indicator library happens through plain read-only SQL in
 * {@code intake.internal.References}: an integration token with {@code intake:write} alone must be able to
 * import without also holding {@code org:read} and {@code indicator:read}.
 */
package dev.kaohe.intake;
