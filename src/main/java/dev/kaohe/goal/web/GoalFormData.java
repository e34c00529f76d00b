package dev.kaohe.goal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.GoalForm;
import dev.kaohe.goal.GoalView;
import dev.kaohe.goal.domain.Direction;
import dev.kaohe.goal.domain.GoalCategory;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.domain.GoalSource;
import dev.kaohe.goal.domain.GoalType;
import org.springframework.format.annotation.DateTimeFormat;

/** The goal form as the browser posts it; key results arrive as parallel lists, one entry per row. */
public class GoalFormData {

    static final int KEY_RESULT_ROWS = 5;

    public GoalLevel level;
    public Long parentId;
    public Integer year;
    public Integer quarter;
    public GoalSource source;
    public Long orgUnitId;
    public Long partnerOrgUnitId;
    public Long ownerEmployeeId;
    public String title;
    public String description;
    public GoalType type = GoalType.KPI;
    public GoalCategory category = GoalCategory.OUTCOME;
    public boolean core;
    public Integer priority;
    public BigDecimal targetValue;
    public BigDecimal challengeValue;
    public String unit;
    public Direction direction = Direction.HIGHER;
    public BigDecimal weight;
    public String dataSource;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate dueDate;
    public String indicatorCode;
    public List<String> krTitle = new ArrayList<>();
    public List<String> krTarget = new ArrayList<>();
    public List<String> krUnit = new ArrayList<>();
    public List<String> krProgress = new ArrayList<>();
    public List<String> krWeight = new ArrayList<>();
    public Long version;

    static GoalFormData of(GoalView g) {
        GoalFormData form = new GoalFormData();
        form.level = g.level();
        form.parentId = g.parentId();
        form.year = g.year();
        form.quarter = g.quarter();
        form.source = g.source();
        form.orgUnitId = g.orgUnitId();
        form.partnerOrgUnitId = g.partnerOrgUnitId();
        form.ownerEmployeeId = g.ownerEmployeeId();
        form.title = g.title();
        form.description = g.description();
        form.type = g.type();
        form.category = g.category();
        form.core = g.core();
        form.priority = g.priority();
        form.targetValue = g.targetValue();
        form.challengeValue = g.challengeValue();
        form.unit = g.unit();
        form.direction = g.direction();
        form.weight = g.weight();
        form.dataSource = g.dataSource();
        form.dueDate = g.dueDate();
        form.indicatorCode = g.indicatorCode();
        for (GoalView.KeyResultView kr : g.keyResults()) {
            form.krTitle.add(kr.title());
            form.krTarget.add(plain(kr.targetValue()));
            form.krUnit.add(kr.unit());
            form.krProgress.add(plain(kr.progress()));
            form.krWeight.add(plain(kr.weight()));
        }
        form.version = g.version();
        return form;
    }

    /** The rows the form shows: those entered plus empty ones up to {@link #KEY_RESULT_ROWS}. */
    public List<Map<String, String>> keyResultRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(KEY_RESULT_ROWS, krTitle.size()); i++) {
            rows.add(Map.of("title", at(krTitle, i), "target", at(krTarget, i), "unit", at(krUnit, i),
                    "progress", at(krProgress, i), "weight", at(krWeight, i)));
        }
        return rows;
    }

    /** @param problems collects key-result numbers that are not numbers, as field → message key */
    GoalForm toForm(Map<String, String> problems) {
        List<GoalForm.KeyResultForm> keyResults = new ArrayList<>();
        for (int i = 0; i < krTitle.size(); i++) {
            if (at(krTitle, i).isBlank()) {
                continue;
            }
            keyResults.add(new GoalForm.KeyResultForm(krTitle.get(i), number(krTarget, i, "krTarget", problems), at(krUnit, i),
                    number(krProgress, i, "krProgress", problems), number(krWeight, i, "krWeight", problems)));
        }
        return new GoalForm(level, parentId, year, quarter, source, orgUnitId, partnerOrgUnitId, ownerEmployeeId, title,
                description, type, category, core, priority, targetValue, challengeValue, unit, direction, weight, dataSource,
                dueDate, indicatorCode, keyResults, version);
    }

    private static BigDecimal number(List<String> values, int i, String field, Map<String, String> problems) {
        String text = at(values, i).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.put("keyResults", text);
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
