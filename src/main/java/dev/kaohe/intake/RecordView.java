package dev.kaohe.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One committed business record with the batch and row it came from; {@code supersededBy} names the batch whose
 * row with the same type and reference replaced it (null while it is current).
 */
public record RecordView(long id, RecordType type, UUID batchId, int rowNumber, long employeeId, String employeeNo,
                         LocalDate occurredOn, String reference, String customer, String customerTier, String productLine,
                         String channel, String region, Boolean newCustomer, String leadSource, String category,
                         String severity, BigDecimal amount, BigDecimal amountDue, Integer nps, Integer csat, BigDecimal ces,
                         Boolean passed, OffsetDateTime startedAt, OffsetDateTime firstResponseAt, OffsetDateTime endedAt,
                         UUID supersededBy) {

    /** The value of a business_record column, for tables whose columns follow the record type's template. */
    public Object value(String column) {
        return switch (column) {
            case "employee_no" -> employeeNo;
            case "reference" -> reference;
            case "occurred_on" -> occurredOn;
            case "amount" -> amount;
            case "amount_due" -> amountDue;
            case "customer" -> customer;
            case "customer_tier" -> customerTier;
            case "product_line" -> productLine;
            case "channel" -> channel;
            case "region_code" -> region;
            case "new_customer" -> newCustomer;
            case "passed" -> passed;
            case "lead_source" -> leadSource;
            case "category" -> category;
            case "severity" -> severity;
            case "nps" -> nps;
            case "csat" -> csat;
            case "ces" -> ces;
            case "started_at" -> startedAt;
            case "first_response_at" -> firstResponseAt;
            case "ended_at" -> endedAt;
            default -> null;
        };
    }

    /** The value of a column as a table shows it: times in {@code zone}, yes/no as 是/否. */
    public String text(String column, java.time.ZoneId zone) {
        return dev.kaohe.intake.internal.records.RecordSheets.text(value(column), zone);
    }
}
