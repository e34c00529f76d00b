package dev.kaohe.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kaohe.goal.domain.AlignmentTree;
import dev.kaohe.goal.domain.GoalLevel;
import dev.kaohe.goal.internal.Goal;
import dev.kaohe.goal.internal.GoalRepository;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cascade from company to person for one period, as far as the caller can see it (R26, R23). */
@Service
public class GoalAlignment {

    private final GoalRepository goals;
    private final GoalAccess access;
    private final GoalSettings settings;
    private final Messages messages;
    private final Goals goalService;

    GoalAlignment(GoalRepository goals, GoalAccess access, GoalSettings settings, Messages messages, Goals goalService) {
        this.goalService = goalService;
        this.goals = goals;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    public record Node(long goalId, GoalLevel level, String title, String holder, BigDecimal weight, BigDecimal progress,
                       boolean orphan, boolean childless, boolean core, List<Node> children) {
    }

    /**
     * @param warnings company goal weights of a period not summing to the total; core-goal counts per unit outside the configured range
     * @param teams    progress per team or department goal set, for the team chart
     */
    public record View(int year, Integer quarter, List<Node> roots, int orphans, int childless, List<String> warnings,
                       List<TeamProgress> teams) {
    }

    public record TeamProgress(String unitName, BigDecimal progress) {
    }

    @Transactional(readOnly = true)
    public View of(int year, Integer quarter) {
        CurrentUser user = access.person();
        List<Goal> visible = goals.findPeriod(year, quarter).stream().filter(g -> access.canRead(user, g)).toList();
        Map<Long, Goal> byId = new LinkedHashMap<>();
        visible.forEach(g -> byId.put(g.getId(), g));
        Map<Long, String> units = access.unitNames();
        List<AlignmentTree.Node> roots = AlignmentTree.build(visible.stream().map(g -> new AlignmentTree.Entry(g.getId(),
                g.getParentId(), g.getLevel(), g.getWeight(), Goals.progressOf(g))).toList());
        List<Node> nodes = roots.stream().map(n -> node(n, byId, units)).toList();
        List<AlignmentTree.Node> flat = AlignmentTree.flatten(roots);
        List<String> warnings = new ArrayList<>();
        Map<Long, Integer> corePerUnit = new LinkedHashMap<>();
        Map<Long, List<AlignmentTree.Node>> unitGoals = new LinkedHashMap<>();
        for (AlignmentTree.Node n : flat) {
            Goal g = byId.get(n.entry().id());
            if (g.getLevel() == GoalLevel.UNIT) {
                corePerUnit.merge(g.getOrgUnitId(), g.isCore() ? 1 : 0, Integer::sum);
                unitGoals.computeIfAbsent(g.getOrgUnitId(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<Integer, List<Goal>> companyPerPeriod = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        visible.stream().filter(g -> g.getLevel() == GoalLevel.COMPANY)
                .forEach(g -> companyPerPeriod.computeIfAbsent(g.getQuarter(), k -> new ArrayList<>()).add(g));
        companyPerPeriod.forEach((q, list) -> goalService.companyWeightWarning(list).ifPresent(w ->
                warnings.add((q == null ? messages.get("goal.annual") : "Q" + q) + " " + messages.get("goal.level.COMPANY") + ": " + w)));
        corePerUnit.forEach((unit, count) -> settings.coreGoalRule().check(count).ifPresent(code ->
                warnings.add(units.getOrDefault(unit, "#" + unit) + ": " + messages.get("goal.warn.core." + code, count,
                        settings.coreGoalsMin(), settings.coreGoalsMax()))));
        List<TeamProgress> teams = new ArrayList<>();
        unitGoals.forEach((unit, list) -> teams.add(new TeamProgress(units.getOrDefault(unit, "#" + unit),
                dev.kaohe.goal.domain.Progress.weighted(list.stream().map(n -> new dev.kaohe.goal.domain.Progress.Part(
                        n.progress(), n.entry().weight())).toList()))));
        return new View(year, quarter, nodes, (int) flat.stream().filter(AlignmentTree.Node::orphan).count(),
                (int) flat.stream().filter(AlignmentTree.Node::childless).count(), warnings, teams);
    }

    private Node node(AlignmentTree.Node n, Map<Long, Goal> byId, Map<Long, String> units) {
        Goal g = byId.get(n.entry().id());
        String holder = switch (g.getLevel()) {
            case COMPANY -> g.getSource() == null ? "" : messages.get("goal.source." + g.getSource());
            case UNIT -> units.getOrDefault(g.getOrgUnitId(), "");
            case PERSONAL -> g.getOwnerName();
        };
        return new Node(g.getId(), g.getLevel(), g.getTitle(), holder, g.getWeight(), n.progress(), n.orphan(), n.childless(),
                g.isCore(), n.children().stream().map(c -> node(c, byId, units)).toList());
    }
}
