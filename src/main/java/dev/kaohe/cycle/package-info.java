/**
 * Assessment cycles (考核周期): monthly, quarterly, half-year, annual, project (专项) and probation (试用期)
 * cycles, their phases from preparation to closing with a deadline each, the population they assess (each
 * participant bound to a locked scheme version and a reviewer), phase transitions, deadline reminders and
 * escalation, and the working-day calendar (public holidays and make-up workdays, 调休) deadlines are counted on.
 *
 * <p>Public API for other modules: {@link dev.kaohe.cycle.Cycles} (reads and HR actions, access-checked),
 * {@link dev.kaohe.cycle.CycleDirectory} (unchecked reads for modules that decide access themselves), the views
 * {@link dev.kaohe.cycle.CycleView} and {@link dev.kaohe.cycle.ParticipantView}, the event
 * {@link dev.kaohe.cycle.CyclePhaseChanged}, and the SPI {@link dev.kaohe.cycle.PendingWork} the review module
 * implements to say who still owes work in a phase. {@code cycle.domain} holds the calendar arithmetic, the
 * deadline plan and the transition rule as plain Java.
 */
package dev.kaohe.cycle;
