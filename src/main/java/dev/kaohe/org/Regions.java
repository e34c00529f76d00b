package dev.kaohe.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.internal.Region;
import dev.kaohe.org.internal.RegionRepository;
import dev.kaohe.org.internal.StructureQueries;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region hierarchy (大区 → 城市群 → 城市) with tags. Readable by everyone signed in, changed by HR and admins. */
@Service
public class Regions {

    private final RegionRepository regions;
    private final StructureQueries queries;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;

    Regions(RegionRepository regions, StructureQueries queries, AccessPolicy access, AuditTrail audit, Messages messages) {
        this.regions = regions;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** Every region, parents before children. */
    @Transactional(readOnly = true)
    public List<RegionView> list() {
        List<RegionView> flat = new ArrayList<>();
        tree().forEach(root -> flatten(root, flat));
        return flat;
    }

    @Transactional(readOnly = true)
    public List<RegionNode> tree() {
        access.requireStructureReader(CurrentUser.get());
        List<Region> all = regions.findAllByOrderByCodeAsc();
        Map<Long, Region> byId = new HashMap<>();
        all.forEach(region -> byId.put(region.getId(), region));
        Map<Long, Long> counts = queries.activeEmployeesBy("region_id");
        Map<Long, List<Region>> children = new HashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region region : all) {
            if (region.getParentId() == null || !byId.containsKey(region.getParentId())) {
                roots.add(region);
            } else {
                children.computeIfAbsent(region.getParentId(), k -> new ArrayList<>()).add(region);
            }
        }
        return roots.stream().map(root -> node(root, byId, children, counts, new HashSet<>())).toList();
    }

    @Transactional(readOnly = true)
    public RegionView get(long id) {
        access.requireStructureReader(CurrentUser.get());
        Region region = load(id);
        return view(region, region.getParentId() == null ? null : regions.findById(region.getParentId()).orElse(null),
                queries.activeEmployeesBy("region_id").getOrDefault(id, 0L));
    }

    @Transactional
    public RegionView create(RegionForm form) {
        access.requireOrgManager(CurrentUser.get());
        queries.lockTree("region");
        List<String> tags = validate(null, form);
        Region region = new Region(form.code().strip(), form.name().strip(), form.level(), form.parentId());
        region.setTags(tags.isEmpty() ? null : String.join(",", tags));
        region = regions.saveAndFlush(region);
        audit.record("region.create", "region", region.getId(), null, State.of(region));
        return get(region.getId());
    }

    @Transactional
    public RegionView update(long id, RegionForm form) {
        access.requireOrgManager(CurrentUser.get());
        Region region = load(id);
        new FormProblems(messages, "org").requireVersion(region.getVersion(), form.version());
        queries.lockTree("region");
        List<String> tags = validate(region, form);
        State before = State.of(region);
        region.setCode(form.code().strip());
        region.setName(form.name().strip());
        region.setLevel(form.level());
        region.setParentId(form.parentId());
        region.setTags(tags.isEmpty() ? null : String.join(",", tags));
        regions.saveAndFlush(region);
        audit.record("region.update", "region", id, before, State.of(region));
        return get(id);
    }

    @Transactional
    public RegionView deactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        Region region = load(id, version);
        queries.lockTree("region");
        FormProblems problems = new FormProblems(messages, "org");
        long employees = queries.activeEmployeesBy("region_id").getOrDefault(id, 0L);
        if (employees > 0) {
            problems.add("active", region.getName(), "org.error.regionHasEmployees", region.getName(), employees);
        }
        long activeChildren = regions.findAll().stream().filter(r -> r.isActive() && Long.valueOf(id).equals(r.getParentId())).count();
        if (activeChildren > 0) {
            problems.add("active", region.getName(), "org.error.regionHasChildren", region.getName(), activeChildren);
        }
        problems.throwIfAny();
        return setActive(region, false);
    }

    @Transactional
    public RegionView reactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        Region region = load(id, version);
        if (region.getParentId() != null && !load(region.getParentId()).isActive()) {
            new FormProblems(messages, "org").add("parentId", region.getParentId(), "org.error.inactive", messages.get("org.field.regionParentId"))
                    .throwIfAny();
        }
        return setActive(region, true);
    }

    private List<String> validate(Region existing, RegionForm form) {
        FormProblems problems = new FormProblems(messages, "org");
        String code = problems.text("code", form.code(), 32, true);
        if (code != null && code.length() <= 32) {
            regions.findByCode(code).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add("code", code, "org.error.codeTaken", code));
        }
        problems.text("name", form.name(), 100, true);
        problems.required("level", form.level());
        if (form.parentId() != null) {
            Region parent = regions.findById(form.parentId()).orElse(null);
            if (parent == null) {
                problems.add("parentId", form.parentId(), "org.error.unknown", messages.get("org.field.regionParentId"));
            } else if (existing != null && isSelfOrAncestorOf(existing.getId(), parent)) {
                problems.add("parentId", parent.getName(), "org.error.regionParentCycle");
            } else if (form.level() != null && parent.getLevel().ordinal() > form.level().ordinal()) {
                problems.add("parentId", parent.getName(), "org.error.parentLevel",
                        messages.get("org.level." + parent.getLevel()), messages.get("org.level." + form.level()));
            } else if (!parent.isActive() && (existing == null || !form.parentId().equals(existing.getParentId()))) {
                problems.add("parentId", parent.getName(), "org.error.inactive", messages.get("org.field.regionParentId"));
            }
        }
        List<String> tags = tags(form.tags());
        String joined = String.join(",", tags);
        if (joined.length() > 200) {
            problems.add("tags", joined, "org.error.tooLong", problems.label("tags"), 200);
        }
        problems.throwIfAny();
        return tags;
    }

    /** Tags split on any comma (also the Chinese ，and 、), trimmed and de-duplicated. */
    static List<String> tags(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String entry : given) {
            if (entry != null) {
                Arrays.stream(entry.split("[,，、;；]")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(tags::add);
            }
        }
        return List.copyOf(tags);
    }

    private boolean isSelfOrAncestorOf(long regionId, Region candidate) {
        Set<Long> seen = new HashSet<>();
        Region current = candidate;
        while (current != null && seen.add(current.getId())) {
            if (current.getId() == regionId) {
                return true;
            }
            current = current.getParentId() == null ? null : regions.findById(current.getParentId()).orElse(null);
        }
        return false;
    }

    /** The record, if {@code version} (when given) is still the stored one. */
    private Region load(long id, Long version) {
        Region region = load(id);
        if (version != null) {
            new FormProblems(messages, "org").requireVersion(region.getVersion(), version);
        }
        return region;
    }

    private RegionView setActive(Region region, boolean active) {
        State before = State.of(region);
        region.setActive(active);
        regions.saveAndFlush(region);
        String action = active ? "region.reactivate" : "region.deactivate";
        audit.record(action, "region", region.getId(), before, State.of(region));
        return get(region.getId());
    }

    private Region load(long id) {
        return regions.findById(id).orElseThrow(() -> new NotFoundException("region", id));
    }

    private RegionNode node(Region region, Map<Long, Region> byId, Map<Long, List<Region>> children,
                            Map<Long, Long> counts, Set<Long> path) {
        path.add(region.getId());
        List<RegionNode> below = children.getOrDefault(region.getId(), List.of()).stream()
                .filter(child -> !path.contains(child.getId()))
                .sorted(Comparator.comparing(Region::getCode))
                .map(child -> node(child, byId, children, counts, path))
                .toList();
        Region parent = region.getParentId() == null ? null : byId.get(region.getParentId());
        return new RegionNode(view(region, parent, counts.getOrDefault(region.getId(), 0L)), below);
    }

    private static void flatten(RegionNode node, List<RegionView> into) {
        into.add(node.region());
        node.children().forEach(child -> flatten(child, into));
    }

    private static RegionView view(Region region, Region parent, long activeEmployees) {
        return new RegionView(region.getId(), region.getCode(), region.getName(), region.getLevel(), region.getParentId(),
                parent == null ? null : parent.getName(), tags(region.getTags() == null ? null : List.of(region.getTags())),
                region.isActive(), activeEmployees, region.getVersion());
    }

    record State(String code, String name, RegionLevel level, Long parentId, String tags, boolean active, long version) {
        static State of(Region r) {
            return new State(r.getCode(), r.getName(), r.getLevel(), r.getParentId(), r.getTags(), r.isActive(), r.getVersion());
        }
    }
}
