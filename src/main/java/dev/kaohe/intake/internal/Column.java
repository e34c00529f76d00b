package dev.kaohe.intake.internal;

import java.util.Locale;

/** The columns of the actuals sheet; headers may be Chinese, English or both ("员工编号 / Employee No."). */
public enum Column {
    EMPLOYEE_NO("员工编号", "Employee No.", true),
    INDICATOR("指标编码", "Indicator code", true),
    PERIOD("期间", "Period", true),
    VALUE("数值", "Value", true),
    SOURCE_SYSTEM("来源系统", "Source system", false),
    NOTE("备注", "Note", false);

    public final String zh;
    public final String en;
    public final boolean required;

    Column(String zh, String en, boolean required) {
        this.zh = zh;
        this.en = en;
        this.required = required;
    }

    public String header() {
        return zh + " / " + en;
    }

    /** The API's field name, used as the column of API problems. */
    public String field() {
        return switch (this) {
            case EMPLOYEE_NO -> "employeeNo";
            case INDICATOR -> "indicator";
            case PERIOD -> "period";
            case VALUE -> "value";
            case SOURCE_SYSTEM -> "sourceSystem";
            case NOTE -> "note";
        };
    }

    boolean matches(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        String english = en.toLowerCase(Locale.ROOT);
        return h.equals(zh) || h.startsWith(zh + " ") || h.startsWith(zh + "/") || h.equals(english)
                || h.equals(english.replace(".", "")) || h.endsWith("/ " + english) || h.endsWith("/" + english);
    }
}
