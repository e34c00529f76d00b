/**
 * The organisation performance is measured over: departments and teams, regions, positions,
 * employees and their reporting lines.
 */
package dev.kaohe.org;
