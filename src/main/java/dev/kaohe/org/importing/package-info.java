/**
 * Importing the organisation from .xlsx and .csv (preview, then an all-or-nothing commit) and exporting
 * the employee list in the same columns, so an export can be edited and imported back.
 */
package dev.kaohe.org.importing;
