package dev.kaohe.intake.aggregation;

/**
 * A definition as an admin writes it; every field is text so a bad value is reported by name.
 * {@code version} is the one the editor saw (optimistic locking); null on create.
 */
public record AggregationForm(String indicatorCode, String recordType, String measure, String field, String secondField,
                              String filter, String partFilter, String timeUnit, String grouping, String periodKind,
                              String factor, String description, Boolean enabled, Long version) {

    public static AggregationForm of(AggregationDefinition d) {
        return new AggregationForm(d.indicatorCode(), d.recordType().name(), d.measure().name(), d.field(), d.secondField(),
                d.filter(), d.partFilter(), d.timeUnit() == null ? null : d.timeUnit().name(), d.grouping().name(),
                d.periodKind().name(), d.factor().stripTrailingZeros().toPlainString(), d.description(), d.enabled(), d.version());
    }

    public static AggregationForm blank() {
        return new AggregationForm("", "ORDER", "SUM", "amount", null, null, null, null, "EMPLOYEE", "MONTH", "1", null, true, null);
    }
}
