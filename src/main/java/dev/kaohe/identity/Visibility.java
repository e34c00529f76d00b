package dev.kaohe.identity;

/**
 * Which employees' records a caller may read, in a form a query can filter on.
 *
 * @param everyone      all records
 * @param selfEmployeeId the caller's own employee id, or null
 * @param subtreeOf     when set, the caller also sees everyone below this employee
 */
public record Visibility(boolean everyone, Long selfEmployeeId, Long subtreeOf) {

    public static Visibility all() {
        return new Visibility(true, null, null);
    }

    public static Visibility nobody() {
        return new Visibility(false, null, null);
    }
}
