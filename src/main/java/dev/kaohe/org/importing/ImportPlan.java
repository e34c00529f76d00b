package dev.kaohe.org.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What importing a sheet would do: the problems that stop it, or the employees to create and to change.
 * Computing a plan writes nothing.
 */
record ImportPlan(int rows, List<Problem> problems, List<Planned> creates, List<Planned> updates, int unchanged,
                  References references) {

    /** A problem at the row and column a person sees in Excel; {@code reasonKey} with {@code args} says why. */
    record Problem(int row, String column, String value, String reasonKey, List<Object> args) {
    }

    /** One employee to write: {@code before} and {@code id} are null for a new employee. */
    record Planned(int row, Long id, Long version, EmployeeValues before, EmployeeValues after, List<ImportColumn> changed) {
    }

    /** The departments, positions, regions and existing employees the plan was made against. */
    record References(Catalogue units, Catalogue positions, Catalogue regions, Map<String, Long> employeeIds) {
    }

    static ImportPlan failed(Problem problem) {
        return new ImportPlan(0, List.of(problem), List.of(), List.of(), 0, null);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    Map<ImportColumn, Integer> changedFieldCounts() {
        Map<ImportColumn, Integer> counts = new EnumMap<>(ImportColumn.class);
        updates.forEach(planned -> planned.changed().forEach(column -> counts.merge(column, 1, Integer::sum)));
        return counts;
    }

    /**
     * A fingerprint of the writes this plan makes (and of the state it changes), so a commit can refuse to
     * apply anything other than what the person saw in the preview.
     */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<Planned> list : List.of(creates, updates)) {
                for (Planned planned : list) {
                    digest.update((planned.row() + "|" + planned.id() + "|" + planned.version() + "|" + planned.changed()
                            + "|" + planned.after() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            digest.update(("problems:" + problems.size()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
