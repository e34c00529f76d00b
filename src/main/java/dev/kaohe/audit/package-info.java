/**
 * The append-only, hash-chained audit trail every module writes to, its verifier, and the pages and API
 * auditors read it through.
 */
package dev.kaohe.audit;
