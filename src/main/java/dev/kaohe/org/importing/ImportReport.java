package dev.kaohe.org.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of checking (or committing) an organisation sheet.
 *
 * @param batchId     the stored upload this report is about; null for a direct API import
 * @param committed   true when the changes were written
 * @param fingerprint identifies the planned writes; a commit from the preview page must present it
 */
public record ImportReport(UUID batchId, String fileName, boolean committed, Summary summary, List<Problem> problems,
                           List<Change> changes, String fingerprint) {

    /**
     * @param rows          data rows read (empty rows and example rows not counted)
     * @param changedFields per column key, how many existing employees change in it
     */
    public record Summary(int rows, int created, int changed, int unchanged, int problems, Map<String, Integer> changedFields) {
    }

    /** Row as Excel numbers it, the column header as written in the file, the value found and why it is wrong. */
    public record Problem(int row, String column, String value, String reason) {
    }

    /**
     * @param kind   {@code new} or {@code changed}
     * @param fields column keys that change (empty for a new employee)
     */
    public record Change(int row, String employeeNo, String name, String kind, List<String> fields) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
