/**
 * Accounts, roles, sign-in, API tokens, and the access rules: who may see whose records.
 */
package dev.kaohe.identity;
