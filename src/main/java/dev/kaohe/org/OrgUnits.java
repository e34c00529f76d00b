package dev.kaohe.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.internal.OrgUnit;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.StructureQueries;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company → department → team tree. Readable by everyone signed in, changed by HR and admins. */
@Service
public class OrgUnits {

    private final OrgUnitRepository units;
    private final StructureQueries queries;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;

    OrgUnits(OrgUnitRepository units, StructureQueries queries, AccessPolicy access, AuditTrail audit, Messages messages) {
        this.units = units;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** Every unit, parents before children, in tree order. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> list() {
        List<OrgUnitView> flat = new ArrayList<>();
        for (OrgUnitNode root : tree()) {
            flatten(root, flat);
        }
        return flat;
    }

    /** The units as a tree, each with the active employees of its whole subtree. */
    @Transactional(readOnly = true)
    public List<OrgUnitNode> tree() {
        access.requireStructureReader(CurrentUser.get());
        List<OrgUnit> all = units.findAllByOrderBySortOrderAscCodeAsc();
        Map<Long, OrgUnit> byId = new HashMap<>();
        all.forEach(unit -> byId.put(unit.getId(), unit));
        Map<Long, Long> counts = queries.activeEmployeesBy("org_unit_id");
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, byId, children, counts, new HashSet<>())).toList();
    }

    @Transactional(readOnly = true)
    public OrgUnitView get(long id) {
        access.requireStructureReader(CurrentUser.get());
        OrgUnit unit = load(id);
        return view(unit, unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null),
                queries.activeEmployeesBy("org_unit_id").getOrDefault(id, 0L));
    }

    @Transactional
    public OrgUnitView create(OrgUnitForm form) {
        access.requireOrgManager(CurrentUser.get());
        queries.lockTree("org_unit");
        validate(null, form);
        OrgUnit unit = new OrgUnit(form.code().strip(), form.name().strip(), form.kind(), form.parentId());
        unit.setSortOrder(form.sortOrder() == null ? 0 : form.sortOrder());
        unit = units.saveAndFlush(unit);
        audit.record("org-unit.create", "org_unit", unit.getId(), null, State.of(unit));
        return get(unit.getId());
    }

    @Transactional
    public OrgUnitView update(long id, OrgUnitForm form) {
        access.requireOrgManager(CurrentUser.get());
        OrgUnit unit = load(id);
        new FormProblems(messages, "org").requireVersion(unit.getVersion(), form.version());
        queries.lockTree("org_unit");
        validate(unit, form);
        State before = State.of(unit);
        unit.setCode(form.code().strip());
        unit.setName(form.name().strip());
        unit.setKind(form.kind());
        unit.setParentId(form.parentId());
        unit.setSortOrder(form.sortOrder() == null ? unit.getSortOrder() : form.sortOrder());
        units.saveAndFlush(unit);
        audit.record("org-unit.update", "org_unit", id, before, State.of(unit));
        return get(id);
    }

    /** Refused while active employees or active sub-units remain in the unit. */
    @Transactional
    public OrgUnitView deactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        OrgUnit unit = load(id, version);
        queries.lockTree("org_unit");
        FormProblems problems = new FormProblems(messages, "org");
        long employees = queries.activeEmployeesBy("org_unit_id").getOrDefault(id, 0L);
        if (employees > 0) {
            problems.add("active", unit.getName(), "org.error.unitHasEmployees", unit.getName(), employees);
        }
        long activeChildren = units.findAll().stream().filter(u -> u.isActive() && Long.valueOf(id).equals(u.getParentId())).count();
        if (activeChildren > 0) {
            problems.add("active", unit.getName(), "org.error.unitHasChildren", unit.getName(), activeChildren);
        }
        problems.throwIfAny();
        return setActive(unit, false);
    }

    @Transactional
    public OrgUnitView reactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        OrgUnit unit = load(id, version);
        if (unit.getParentId() != null && !load(unit.getParentId()).isActive()) {
            new FormProblems(messages, "org").add("parentId", unit.getParentId(), "org.error.inactive", messages.get("org.field.parentId"))
                    .throwIfAny();
        }
        return setActive(unit, true);
    }

    private void validate(OrgUnit existing, OrgUnitForm form) {
        FormProblems problems = new FormProblems(messages, "org");
        String code = problems.text("code", form.code(), 32, true);
        if (code != null && code.length() <= 32) {
            units.findByCode(code).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add("code", code, "org.error.codeTaken", code));
        }
        problems.text("name", form.name(), 100, true);
        problems.required("kind", form.kind());
        if (form.parentId() == null) {
            if (form.kind() != null && form.kind() != OrgUnitKind.COMPANY) {
                problems.add("parentId", null, "org.error.required", problems.label("parentId"));
            }
        } else {
            OrgUnit parent = units.findById(form.parentId()).orElse(null);
            if (parent == null) {
                problems.add("parentId", form.parentId(), "org.error.unknown", problems.label("parentId"));
            } else if (existing != null && isSelfOrAncestorOf(existing.getId(), parent)) {
                problems.add("parentId", parent.getName(), "org.error.parentCycle");
            } else if (!parent.isActive() && (existing == null || !form.parentId().equals(existing.getParentId()))) {
                problems.add("parentId", parent.getName(), "org.error.inactive", problems.label("parentId"));
            }
        }
        problems.throwIfAny();
    }

    /** Whether {@code unitId} is {@code candidate} or one of its ancestors, i.e. the move would close a loop. */
    private boolean isSelfOrAncestorOf(long unitId, OrgUnit candidate) {
        Set<Long> seen = new HashSet<>();
        OrgUnit current = candidate;
        while (current != null && seen.add(current.getId())) {
            if (current.getId() == unitId) {
                return true;
            }
            current = current.getParentId() == null ? null : units.findById(current.getParentId()).orElse(null);
        }
        return false;
    }

    /** The record, if {@code version} (when given) is still the stored one. */
    private OrgUnit load(long id, Long version) {
        OrgUnit unit = load(id);
        if (version != null) {
            new FormProblems(messages, "org").requireVersion(unit.getVersion(), version);
        }
        return unit;
    }

    private OrgUnitView setActive(OrgUnit unit, boolean active) {
        State before = State.of(unit);
        unit.setActive(active);
        units.saveAndFlush(unit);
        String action = active ? "org-unit.reactivate" : "org-unit.deactivate";
        audit.record(action, "org_unit", unit.getId(), before, State.of(unit));
        return get(unit.getId());
    }

    private OrgUnit load(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("org_unit", id));
    }

    private OrgUnitNode node(OrgUnit unit, Map<Long, OrgUnit> byId, Map<Long, List<OrgUnit>> children,
                             Map<Long, Long> counts, Set<Long> path) {
        path.add(unit.getId());
        List<OrgUnitNode> below = children.getOrDefault(unit.getId(), List.of()).stream()
                .filter(child -> !path.contains(child.getId()))
                .sorted(Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getCode))
                .map(child -> node(child, byId, children, counts, path))
                .toList();
        long direct = counts.getOrDefault(unit.getId(), 0L);
        long total = direct + below.stream().mapToLong(OrgUnitNode::totalEmployees).sum();
        OrgUnit parent = unit.getParentId() == null ? null : byId.get(unit.getParentId());
        return new OrgUnitNode(view(unit, parent, direct), total, below);
    }

    private static void flatten(OrgUnitNode node, List<OrgUnitView> into) {
        into.add(node.unit());
        node.children().forEach(child -> flatten(child, into));
    }

    private static OrgUnitView view(OrgUnit unit, OrgUnit parent, long activeEmployees) {
        return new OrgUnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(), unit.getParentId(),
                parent == null ? null : parent.getName(), unit.isActive(), unit.getSortOrder(), activeEmployees, unit.getVersion());
    }

    record State(String code, String name, OrgUnitKind kind, Long parentId, int sortOrder, boolean active, long version) {
        static State of(OrgUnit u) {
            return new State(u.getCode(), u.getName(), u.getKind(), u.getParentId(), u.getSortOrder(), u.isActive(), u.getVersion());
        }
    }
}
