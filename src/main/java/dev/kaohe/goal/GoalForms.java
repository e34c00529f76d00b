package dev.kaohe.goal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five goal forms of SPEC §4 as Excel sheets, with the documents' column names: T5
 * 营销部门战略目标承接表, T6 营销部门季度目标拆解表, T7 营销目标行动计划表, T8 个人绩效目标确认书,
 * T9 目标调整申请表. Each holds what the caller may read of the period.
 */
@Service
public class GoalForms {

    public static final Set<String> FORMS = Set.of("T5", "T6", "T7", "T8", "T9");
    public static final Map<String, String> NAMES = Map.of(
            "T5", "营销部门战略目标承接表", "T6", "营销部门季度目标拆解表", "T7", "营销目标行动计划表",
            "T8", "个人绩效目标确认书", "T9", "目标调整申请表");

    private final Goals goals;
    private final GoalExecution execution;
    private final GoalConfirmations confirmations;
    private final GoalAdjustments adjustments;
    private final GoalSettings settings;

    GoalForms(Goals goals, GoalExecution execution, GoalConfirmations confirmations, GoalAdjustments adjustments,
              GoalSettings settings) {
        this.settings = settings;
        this.goals = goals;
        this.execution = execution;
        this.confirmations = confirmations;
        this.adjustments = adjustments;
    }

    /** A sheet: its column names and rows. */
    public record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    @Transactional(readOnly = true)
    public Table table(String form, int year, Integer quarter) {
        if (!FORMS.contains(form)) {
            throw new NotFoundException("goal form", form);
        }
        List<GoalView> all = goals.list(year, quarter, null);
        Map<Long, List<GoalView>> children = all.stream().filter(g -> g.parentId() != null)
                .collect(Collectors.groupingBy(GoalView::parentId));
        List<List<Object>> rows = new ArrayList<>();
        return switch (form) {
            case "T5" -> {
                for (GoalView company : all.stream().filter(g -> g.level() == GoalLevel.COMPANY).toList()) {
                    List<GoalView> taken = children.getOrDefault(company.id(), List.of());
                    if (taken.isEmpty()) {
                        rows.add(row(company.title(), source(company), "", "", "", ""));
                    }
                    for (GoalView unit : taken) {
                        rows.add(row(company.title(), source(company), unit.orgUnitName() + "：" + unit.title(),
                                children.getOrDefault(unit.id(), List.of()).stream().map(GoalView::title).collect(Collectors.joining("；")),
                                unit.priority(), unit.core() ? "是" : "否"));
                    }
                }
                yield new Table(NAMES.get(form), List.of("公司目标", "来源", "承接的营销目标", "拆解子目标", "优先级", "核心目标"), rows);
            }
            case "T6" -> {
                for (GoalView g : all.stream().filter(g -> g.level() == GoalLevel.UNIT).toList()) {
                    rows.add(row(g.orgUnitName(), g.parentTitle(), g.title(), category(g), g.targetValue(), g.challengeValue(),
                            g.unit(), g.weight(), g.dueDate(), g.dataSource(), g.smart().passed() ? "符合" : issues(g)));
                }
                yield new Table(NAMES.get(form), List.of("部门/团队", "部门目标", "指标", "类型（结果类/过程类）", "目标值", "挑战目标值",
                        "单位", "权重（%）", "时间节点", "数据来源", "SMART检查"), rows);
            }
            case "T7" -> {
                // R28: a personal goal's row names the team goals its holder's team-linked share is measured on
                Map<Long, String> teamGoals = all.stream().filter(g -> g.level() == GoalLevel.UNIT && g.orgUnitId() != null)
                        .collect(Collectors.groupingBy(GoalView::orgUnitId, Collectors.mapping(GoalView::title, Collectors.joining("；"))));
                for (GoalView g : all) {
                    for (ActionView a : execution.actions(g.id())) {
                        rows.add(row(g.title(), a.step(), a.ownerName(), a.dueDate(), a.budget(), a.tools(), a.people(),
                                a.risk(), a.countermeasure(), status(a),
                                g.level() == GoalLevel.PERSONAL && g.orgUnitId() != null ? teamGoals.getOrDefault(g.orgUnitId(), "") : ""));
                    }
                }
                yield new Table(NAMES.get(form), List.of("目标", "行动步骤", "负责人", "时间节点", "所需资源：预算", "所需资源：工具",
                        "所需资源：人员", "风险", "应对措施", "完成情况",
                        "团队关联：个人得分的" + Goals.plain(settings.teamLinkedShare()).toPlainString() + "%来自团队目标达成"), rows);
            }
            case "T8" -> {
                Set<Long> people = new LinkedHashSet<>();
                all.stream().filter(g -> g.level() == GoalLevel.PERSONAL).forEach(g -> people.add(g.ownerEmployeeId()));
                for (Long person : people) {
                    ConfirmationView c = confirmations.get(person, year, quarter);
                    for (GoalView g : c.goals().goals()) {
                        rows.add(row(c.goals().employeeName(), c.goals().positionName(), g.title(), g.weight(), g.targetValue(),
                                g.challengeValue(), g.unit(), g.dueDate(), c.supportNote(),
                                c.employeeConfirmedAt() == null ? "" : c.employeeConfirmedBy() + " " + c.employeeConfirmedAt(),
                                c.managerConfirmedAt() == null ? "" : c.managerConfirmedBy() + " " + c.managerConfirmedAt()));
                    }
                }
                yield new Table(NAMES.get(form), List.of("员工", "岗位", "目标", "权重（%）", "目标值", "挑战目标值", "单位", "时间节点",
                        "需要的支持", "员工签字", "部门负责人签字"), rows);
            }
            default -> {
                Set<Long> ids = all.stream().map(GoalView::id).collect(Collectors.toSet());
                for (AdjustmentView a : adjustments.list(null)) {
                    if (ids.contains(a.goalId())) {
                        rows.add(row(a.goalTitle(), a.ownerName(), a.originalTarget(), a.originalDueDate(), a.requestedTarget(),
                                a.requestedDueDate(), reason(a), a.reason(), a.decidedBy(), decision(a), a.countInQuarter()));
                    }
                }
                yield new Table(NAMES.get(form), List.of("目标", "责任人", "原目标值", "原时间节点", "申请调整目标值", "申请调整时间节点",
                        "调整原因（不可抗力类型）", "说明", "审批人", "审批结果", "本季度调整次数"), rows);
            }
        };
    }

    public void write(Table table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                SheetCells.text(header, c, table.columns().get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        SheetCells.text(row, c, value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("STRATEGY_MEETING", "战略会议"), Map.entry("ANNUAL_PLAN", "年度经营计划"), Map.entry("OTHER", "其他"),
            Map.entry("OUTCOME", "结果类"), Map.entry("PROCESS", "过程类"),
            Map.entry("NOT_STARTED", "未开始"), Map.entry("IN_PROGRESS", "进行中"), Map.entry("DONE", "已完成"),
            Map.entry("POLICY_CHANGE", "政策变化"), Map.entry("MAJOR_EMERGENCY", "重大突发事件"),
            Map.entry("OTHER_FORCE_MAJEURE", "其他不可抗力"),
            Map.entry("PENDING", "待审批"), Map.entry("APPROVED", "批准"), Map.entry("REJECTED", "驳回"));

    private static String source(GoalView g) {
        return g.source() == null ? "" : CHINESE.get(g.source().name());
    }

    private static String category(GoalView g) {
        return CHINESE.get(g.category().name());
    }

    private static String status(ActionView a) {
        return CHINESE.get(a.status().name());
    }

    private static String reason(AdjustmentView a) {
        return CHINESE.get(a.reasonCategory().name());
    }

    private static String decision(AdjustmentView a) {
        return CHINESE.get(a.status().name());
    }

    private static String issues(GoalView g) {
        return g.smart().issues().stream().map(GoalView.SmartView.Issue::message).collect(Collectors.joining("；"));
    }

}
