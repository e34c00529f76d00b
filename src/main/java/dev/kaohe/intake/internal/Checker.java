package dev.kaohe.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.IntakeProblem;
import dev.kaohe.intake.IntakeSettings;
import dev.kaohe.intake.internal.records.DateWindow;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.CellValues;
import org.springframework.stereotype.Component;

/**
 * Checks rows against the organisation and the indicator library: every problem of every row is listed, by row,
 * column, value and reason, so one dry run shows all that needs fixing.
 */
@Component
public class Checker {

    /** A row and the number a person sees for it (the Excel row, or the position in an API array). */
    public record Numbered(int number, ActualRow row) {
    }

    private final References references;
    private final IntakeSettings settings;
    private final Messages messages;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    Checker(References references, IntakeSettings settings, Messages messages, java.time.Clock clock,
            dev.kaohe.intake.RecordSettings recordSettings) {
        this.references = references;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.zone = recordSettings.zone();
    }

    /** Checks the rows; a period outside the allowed window (in the future, or too old) is a problem. */
    public Checked check(List<Numbered> rows, Function<Column, String> columnName) {
        return check(rows, columnName, DateWindow.of(java.time.LocalDate.now(clock.withZone(zone)), settings.futureToleranceDays(),
                settings.maxAgeMonths(), null));
    }

    public Checked check(List<Numbered> rows, Function<Column, String> columnName, DateWindow window) {
        Map<String, Long> employees = references.employees(rows.stream().map(r -> strip(r.row().employeeNo())).distinct().toList());
        Map<String, References.Indicator> indicators = references.indicators(
                rows.stream().map(r -> strip(r.row().indicator())).distinct().toList());
        List<IntakeProblem> problems = new ArrayList<>();
        List<Checked.Line> lines = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Numbered numbered : rows) {
            ActualRow row = numbered.row();
            int n = numbered.number();
            int before = problems.size();
            String employeeNo = strip(row.employeeNo());
            Long employeeId = employees.get(employeeNo);
            if (employeeNo.isEmpty()) {
                problems.add(problem(n, columnName.apply(Column.EMPLOYEE_NO), employeeNo, "intake.problem.required"));
            } else if (employeeId == null) {
                problems.add(problem(n, columnName.apply(Column.EMPLOYEE_NO), employeeNo, "intake.problem.unknownEmployee"));
            }
            String code = strip(row.indicator());
            References.Indicator indicator = indicators.get(code);
            if (code.isEmpty()) {
                problems.add(problem(n, columnName.apply(Column.INDICATOR), code, "intake.problem.required"));
            } else if (indicator == null) {
                problems.add(problem(n, columnName.apply(Column.INDICATOR), code, "intake.problem.unknownIndicator"));
            } else if (!indicator.active()) {
                problems.add(problem(n, columnName.apply(Column.INDICATOR), code, "intake.problem.inactiveIndicator"));
            }
            String periodText = strip(row.period());
            Optional<String> period = Period.parse(periodText);
            if (period.isEmpty()) {
                problems.add(problem(n, columnName.apply(Column.PERIOD), periodText,
                        periodText.isEmpty() ? "intake.problem.required" : "intake.problem.badPeriod"));
            } else {
                String outside = window.reasonForPeriod(period.get());
                if (outside != null) {
                    Object argument = switch (outside) {
                        case "outsidePeriod" -> window.period();
                        case "inFuture" -> window.latest();
                        default -> window.earliest();
                    };
                    problems.add(problem(n, columnName.apply(Column.PERIOD), periodText, "intake.problem." + outside, argument.toString()));
                }
            }
            String valueText = strip(row.value());
            Optional<BigDecimal> value = CellValues.number(valueText);
            if (value.isEmpty()) {
                problems.add(problem(n, columnName.apply(Column.VALUE), valueText,
                        valueText.isEmpty() ? "intake.problem.required" : "intake.problem.badNumber"));
            } else if (value.get().signum() < 0 && indicator != null && settings.nonNegativeUnits().contains(indicator.unit())) {
                problems.add(problem(n, columnName.apply(Column.VALUE), valueText, "intake.problem.negative", code));
            } else if (value.get().abs().compareTo(new BigDecimal("1e15")) >= 0) {
                problems.add(problem(n, columnName.apply(Column.VALUE), valueText, "intake.problem.badNumber"));
            }
            String note = strip(row.note());
            if (note.length() > 500) {
                problems.add(problem(n, columnName.apply(Column.NOTE), note.substring(0, 40) + "…", "intake.problem.tooLong", 500));
            }
            String source = strip(row.sourceSystem());
            if (source.length() > 60) {
                problems.add(problem(n, columnName.apply(Column.SOURCE_SYSTEM), source.substring(0, 40) + "…", "intake.problem.tooLong", 60));
            }
            if (employeeId != null && indicator != null && period.isPresent()) {
                String key = employeeId + "|" + code + "|" + period.get();
                Integer first = seen.putIfAbsent(key, n);
                if (first != null) {
                    problems.add(problem(n, columnName.apply(Column.EMPLOYEE_NO), employeeNo + " " + code + " " + period.get(),
                            "intake.problem.duplicate", first));
                }
            }
            if (problems.size() == before) {
                lines.add(new Checked.Line(n, employeeId, employeeNo, code, period.get(), value.get(), note.isEmpty() ? null : note,
                        source.isEmpty() ? null : source));
            }
        }
        return new Checked(lines, problems);
    }

    private IntakeProblem problem(int row, String column, String value, String key, Object... args) {
        return new IntakeProblem(row, column, value, messages.get(key, args));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

}
