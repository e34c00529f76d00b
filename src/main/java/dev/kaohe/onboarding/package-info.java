/**
 * First-run setup: the one-time setup token, creating the first administrator, and loading the demo company
 * with its sign-in accounts.
 */
package dev.kaohe.onboarding;
