package dev.kaohe.org.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the employee sheet. Template and export use the Chinese header; the English key and a few
 * common spellings are accepted too, so integrations can send {@code employee_no,name,…}.
 */
public enum ImportColumn {
    EMPLOYEE_NO("员工编号", "employee_no", true, "工号", "employeeno", "employee_number"),
    NAME("姓名", "name", true, "员工姓名"),
    ORG_UNIT("部门编码", "department", true, "部门", "部门/团队", "团队", "department_code", "org_unit", "org_unit_code", "unit"),
    POSITION("岗位编码", "position", true, "岗位", "职位", "position_code"),
    MANAGER("上级员工编号", "manager_no", false, "上级工号", "上级", "直属上级", "manager", "manager_employee_no"),
    REGION("区域", "region", false, "区域编码", "region_code"),
    HIRE_DATE("入职日期", "hire_date", true, "hiredate"),
    PROBATION("试用期(是/否)", "probation", false, "试用期", "是否试用期"),
    CAREER_TRACK("职业序列(管理序列/专家序列)", "career_track", false, "职业序列", "序列"),
    STATUS("状态(在职/离职)", "status", false, "状态", "在职状态"),
    LEAVE_DATE("离职日期", "leave_date", false, "leavedate"),
    EMAIL("邮箱", "email", false, "电子邮箱", "e-mail"),
    PHONE("电话", "phone", false, "手机", "手机号", "联系电话", "mobile");

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            BY_HEADER.put(normalise(column.header), column);
            BY_HEADER.put(normalise(column.key), column);
            for (String alias : column.aliases) {
                BY_HEADER.put(normalise(alias), column);
            }
        }
    }

    private final String header;
    private final String key;
    private final boolean required;
    private final List<String> aliases;

    ImportColumn(String header, String key, boolean required, String... aliases) {
        this.header = header;
        this.key = key;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The Chinese header written into the template and the export. */
    public String header() {
        return header;
    }

    /** The English key, also used in the JSON report. */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> forHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    /** Case, spaces, a leading "*" (required marker) and a parenthesised hint such as "(是/否)" do not matter. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String text = header.replace("\uFEFF", "").replace('（', '(').replace('）', ')').trim();
        int hint = text.indexOf('(');
        if (hint > 0) {
            text = text.substring(0, hint);
        }
        text = text.replace("*", "").replace(" ", "").replace("-", "_");
        return text.toLowerCase(Locale.ROOT);
    }
}
