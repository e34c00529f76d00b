package dev.kaohe.intake.aggregation.domain;

/**
 * How the records of one subject and period become one number.
 *
 * <ul>
 *   <li>SUM of a field; COUNT of records; DISTINCT_COUNT of a field's values; AVERAGE of a field;</li>
 *   <li>RATIO: sum of a field ÷ sum of a second field (collection rate = amount ÷ amount_due);</li>
 *   <li>SHARE: sum of a field over the records that meet a part condition ÷ sum over all records
 *       (new-customer revenue share; with the field {@code records}, lead conversion = converted ÷ all);</li>
 *   <li>NET_PROMOTER: % of 9–10 minus % of 0–6 on a 0–10 field;</li>
 *   <li>TIME_BETWEEN: average time from a start to an end timestamp, in working or calendar hours, or days;</li>
 *   <li>GROWTH: change of a field's sum against the previous period, in % of the previous sum.</li>
 * </ul>
 */
public enum Measure {
    SUM, COUNT, DISTINCT_COUNT, AVERAGE, RATIO, SHARE, NET_PROMOTER, TIME_BETWEEN, GROWTH;

    /** Whether the measure reads a first field. */
    public boolean needsField() {
        return this != COUNT;
    }

    /** Whether the measure reads a second field (RATIO's denominator, TIME_BETWEEN's end). */
    public boolean needsSecondField() {
        return this == RATIO || this == TIME_BETWEEN;
    }
}
