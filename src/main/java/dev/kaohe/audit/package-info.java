/**
 * Reading and verifying the audit trail that {@link dev.kaohe.platform.audit.AuditTrail} writes.
 */
package dev.kaohe.audit;
