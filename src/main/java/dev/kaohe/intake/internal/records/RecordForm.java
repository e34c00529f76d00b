package dev.kaohe.intake.internal.records;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.intake.RecordType;

import static dev.kaohe.intake.internal.records.Field.Kind.AMOUNT;
import static dev.kaohe.intake.internal.records.Field.Kind.CES;
import static dev.kaohe.intake.internal.records.Field.Kind.CSAT;
import static dev.kaohe.intake.internal.records.Field.Kind.DATE;
import static dev.kaohe.intake.internal.records.Field.Kind.DATE_TIME;
import static dev.kaohe.intake.internal.records.Field.Kind.EMPLOYEE;
import static dev.kaohe.intake.internal.records.Field.Kind.NPS;
import static dev.kaohe.intake.internal.records.Field.Kind.TEXT;
import static dev.kaohe.intake.internal.records.Field.Kind.YES_NO;
import static dev.kaohe.intake.internal.records.Field.optional;
import static dev.kaohe.intake.internal.records.Field.required;

/**
 * The columns of each record type's template, and the rules between columns: which time may not be earlier
 * than which, which column is the record's reference (unique within a batch), and where the day it counts for
 * comes from (a date column, or the day of a start time).
 */
public record RecordForm(RecordType type, List<Field> fields, List<Order> orders, boolean needsScore, List<String> example) {

    /** {@code later} may not be earlier than {@code earlier}. */
    public record Order(String earlier, String later) {
    }

    private static final Map<RecordType, RecordForm> FORMS = new EnumMap<>(RecordType.class);

    private static final Field EMPLOYEE_NO = required("employeeNo", "employee_no", "员工编号", "Employee No.", EMPLOYEE, 40);

    static {
        add(RecordType.ORDER, List.of(
                EMPLOYEE_NO,
                required("reference", "reference", "订单编号", "Order No.", TEXT, 100),
                required("date", "occurred_on", "订单日期", "Order date", DATE, 0),
                required("amount", "amount", "金额", "Amount", AMOUNT, 0),
                optional("customer", "customer", "客户", "Customer", TEXT, 200),
                optional("customerTier", "customer_tier", "客户等级", "Customer tier", TEXT, 20),
                optional("productLine", "product_line", "产品线", "Product line", TEXT, 60),
                optional("channel", "channel", "渠道", "Channel", TEXT, 60),
                optional("region", "region_code", "区域", "Region", TEXT, 40),
                optional("newCustomer", "new_customer", "新客户", "New customer", YES_NO, 0),
                optional("leadSource", "lead_source", "线索来源", "Lead source", TEXT, 60)),
                List.of(), false, List.of("#E0001", "SO-2025-0001", "2025-07-15", "12.5万", "华东贸易有限公司", "A", "核心产品", "直销", "EAST", "是", "转介绍"));
        add(RecordType.COLLECTION, List.of(
                EMPLOYEE_NO,
                required("reference", "reference", "回款单号", "Receipt No.", TEXT, 100),
                required("date", "occurred_on", "回款日期", "Collection date", DATE, 0),
                required("amount", "amount", "回款金额", "Amount collected", AMOUNT, 0),
                optional("amountDue", "amount_due", "应收金额", "Amount due", AMOUNT, 0),
                optional("customer", "customer", "客户", "Customer", TEXT, 200)),
                List.of(), false, List.of("#E0001", "RC-2025-0001", "2025/7/31", "95,000", "100,000", "华东贸易有限公司"));
        add(RecordType.LEAD, List.of(
                EMPLOYEE_NO,
                required("reference", "reference", "线索编号", "Lead ID", TEXT, 100),
                required("created", "started_at", "创建时间", "Created", DATE_TIME, 0),
                optional("leadSource", "lead_source", "线索来源", "Lead source", TEXT, 60),
                optional("converted", "ended_at", "转化时间", "Converted", DATE_TIME, 0),
                optional("customer", "customer", "客户", "Customer", TEXT, 200),
                optional("channel", "channel", "渠道", "Channel", TEXT, 60),
                optional("region", "region_code", "区域", "Region", TEXT, 40)),
                List.of(new Order("created", "converted")), false,
                List.of("#E0001", "L-0001", "2025-07-01 09:30", "官网", "2025-07-20 16:00", "华东贸易有限公司", "线上", "EAST"));
        add(RecordType.SURVEY, List.of(
                EMPLOYEE_NO,
                required("date", "occurred_on", "调研日期", "Survey date", DATE, 0),
                optional("reference", "reference", "问卷编号", "Response ID", TEXT, 100),
                optional("customer", "customer", "客户", "Customer", TEXT, 200),
                optional("nps", "nps", "NPS", "NPS", NPS, 0),
                optional("csat", "csat", "满意度", "CSAT", CSAT, 0),
                optional("ces", "ces", "费力度", "CES", CES, 0),
                optional("channel", "channel", "渠道", "Channel", TEXT, 60)),
                List.of(), true, List.of("#E0001", "2025-07-10", "Q-0001", "华东贸易有限公司", "9", "5", "2", "电话回访"));
        add(RecordType.COMPLAINT, List.of(
                EMPLOYEE_NO,
                required("reference", "reference", "工单号", "Ticket No.", TEXT, 100),
                required("received", "started_at", "受理时间", "Received", DATE_TIME, 0),
                optional("firstResponse", "first_response_at", "首次响应时间", "First response", DATE_TIME, 0),
                optional("resolved", "ended_at", "解决时间", "Resolved", DATE_TIME, 0),
                optional("severity", "severity", "严重程度", "Severity", TEXT, 20),
                optional("category", "category", "投诉类别", "Category", TEXT, 100),
                optional("customer", "customer", "客户", "Customer", TEXT, 200)),
                List.of(new Order("received", "firstResponse"), new Order("received", "resolved"), new Order("firstResponse", "resolved")),
                false, List.of("#E0001", "T-0001", "2025-07-02 10:00", "2025-07-02 10:45", "2025-07-03 18:00", "一般", "物流", "华东贸易有限公司"));
        add(RecordType.TRAINING, List.of(
                EMPLOYEE_NO,
                required("date", "occurred_on", "日期", "Date", DATE, 0),
                required("course", "category", "课程或证书", "Course or certificate", TEXT, 100),
                optional("hours", "amount", "学时", "Hours", AMOUNT, 0),
                optional("passed", "passed", "是否通过", "Passed", YES_NO, 0),
                optional("reference", "reference", "证书编号", "Certificate No.", TEXT, 100)),
                List.of(), false, List.of("#E0001", "2025-07-05", "顾问式销售", "8", "是", "CERT-0001"));
        add(RecordType.KNOWLEDGE, List.of(
                EMPLOYEE_NO,
                required("date", "occurred_on", "贡献日期", "Date", DATE, 0),
                required("kind", "category", "类型", "Kind", TEXT, 100),
                optional("reference", "reference", "资源编号", "Resource ID", TEXT, 100),
                optional("uses", "amount", "使用次数", "Uses", AMOUNT, 0)),
                List.of(), false, List.of("#E0001", "2025-07-08", "模板", "KB-0001", "35"));
        add(RecordType.REQUEST, List.of(
                EMPLOYEE_NO,
                required("reference", "reference", "需求编号", "Request No.", TEXT, 100),
                required("requested", "started_at", "提出时间", "Requested", DATE_TIME, 0),
                optional("responded", "first_response_at", "响应时间", "Responded", DATE_TIME, 0),
                optional("closed", "ended_at", "关闭时间", "Closed", DATE_TIME, 0),
                optional("department", "category", "提出部门", "Requesting department", TEXT, 100)),
                List.of(new Order("requested", "responded"), new Order("requested", "closed"), new Order("responded", "closed")),
                false, List.of("#E0001", "REQ-0001", "2025-07-03 09:00", "2025-07-03 11:00", "2025-07-04 17:00", "财务部"));
    }

    private static void add(RecordType type, List<Field> fields, List<Order> orders, boolean needsScore, List<String> example) {
        FORMS.put(type, new RecordForm(type, fields, orders, needsScore, example));
    }

    public static RecordForm of(RecordType type) {
        return FORMS.get(type);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The field whose value is unique within a batch: the reference, when the form has one. */
    public Optional<Field> reference() {
        return field("reference");
    }

    /** The field that gives the day a record counts for: a DATE field, else the first DATE_TIME field. */
    public Field day() {
        return fields.stream().filter(f -> f.kind() == DATE).findFirst()
                .orElseGet(() -> fields.stream().filter(f -> f.kind() == DATE_TIME).findFirst().orElseThrow());
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        fields.forEach(f -> headers.add(f.header()));
        return headers;
    }
}
