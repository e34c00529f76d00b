/**
 * Reading and verifying the audit trail that {@link dev.kaohe.platform.audit.AuditTrail} writes, and the
 * pages and API auditors read it through.
 */
package dev.kaohe.audit;
