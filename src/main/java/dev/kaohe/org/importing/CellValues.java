package dev.kaohe.org.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;

/** Reads the text of a cell as a date, yes/no, career track or status, the ways people write them in China. */
final class CellValues {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{1,5})(?:\\.0+)?");
    /** Day 1 of Excel's 1900 date system is 1900-01-01; its phantom 1900-02-29 makes 1899-12-30 the zero for later dates. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellValues() {
    }

    /** 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, or an Excel serial day number such as 45352. */
    static Optional<LocalDate> date(String text) {
        String value = text.trim();
        try {
            Matcher ymd = YMD.matcher(value);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            Matcher compact = COMPACT.matcher(value);
            if (compact.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
            Matcher serial = EXCEL_SERIAL.matcher(value);
            if (serial.matches()) {
                int days = Integer.parseInt(serial.group(1));
                if (days >= 61) {
                    return Optional.of(EXCEL_EPOCH.plusDays(days));
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "试用", "试用期" -> Optional.of(true);
            case "否", "n", "no", "false", "0", "转正", "已转正" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<CareerTrack> careerTrack(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "管理序列", "管理", "m", "management" -> Optional.of(CareerTrack.MANAGEMENT);
            case "专家序列", "专家", "专业序列", "p", "expert" -> Optional.of(CareerTrack.EXPERT);
            default -> Optional.empty();
        };
    }

    static Optional<EmployeeStatus> status(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "在职", "active" -> Optional.of(EmployeeStatus.ACTIVE);
            case "离职", "left", "inactive" -> Optional.of(EmployeeStatus.LEFT);
            default -> Optional.empty();
        };
    }

    static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    static String careerTrack(CareerTrack track) {
        if (track == null) {
            return "";
        }
        return track == CareerTrack.MANAGEMENT ? "管理序列" : "专家序列";
    }

    static String status(EmployeeStatus status) {
        return status == EmployeeStatus.LEFT ? "离职" : "在职";
    }
}
