/**
 * The indicator library and assessment schemes (考核方案).
 *
 * <p>The library holds every indicator with the fields of SPEC R54: bilingual name and definition, dimension,
 * unit, direction, outcome/process type, quantitative/qualitative, data source, default target and scoring
 * rule, and the position families it suits. A built-in set of the marketing metrics of SPEC §5 is seeded by
 * migration with stable codes.
 *
 * <p>A scheme is a named, versioned definition (the scoring module's {@code SchemeSpec}) of dimensions with
 * weights and allowed ranges and items with weights, targets and rules. A version that has been locked is never
 * changed again: editing it creates the next version, so every result can name the exact rules it was computed
 * with. This module implements the scoring module's {@code SchemeSource}, through which the engine finds a
 * scheme by code and version.
 *
 * <p>Everyone signed in reads indicators and schemes (rules are visible to all participants, R210); HR and
 * admins change them; integration tokens need {@code indicator:read} or {@code indicator:write}.
 */
package dev.kaohe.indicator;
