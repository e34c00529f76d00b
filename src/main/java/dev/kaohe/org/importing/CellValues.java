package dev.kaohe.org.importing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeStatus;

/** Reads the text of a cell as a date, yes/no, career track or status, the ways people write them in China. */
final class CellValues {

    private CellValues() {
    }

    /** See {@link dev.kaohe.platform.sheets.CellValues#date(String)}. */
    static Optional<LocalDate> date(String text) {
        return dev.kaohe.platform.sheets.CellValues.date(text);
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
