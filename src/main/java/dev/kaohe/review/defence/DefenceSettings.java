package dev.kaohe.review.defence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.review.defence.*}. The source keeps defence answers as reusable method (R102, R208), so the submitted
 * records form a library. HR, executives, auditors and admins always read all of it; whether managers and employees
 * read the whole company's or only their own (and, for managers, their subtree's) is a setting.
 *
 * @param companyWideForManagers managers read every submitted record (default on)
 * @param companyWideForEmployees employees read every submitted record (default off: only their own)
 * @param minAnswerLength        each answer of a submitted record has at least this many characters
 * @param exportMaxRows          most records one Excel export carries
 */
@ConfigurationProperties("kaohe.review.defence")
public record DefenceSettings(
        @DefaultValue("true") boolean companyWideForManagers,
        @DefaultValue("false") boolean companyWideForEmployees,
        @DefaultValue("10") int minAnswerLength,
        @DefaultValue("10000") int exportMaxRows) {
}
