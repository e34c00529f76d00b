package dev.kaohe.org;

import java.util.List;
import java.util.Map;

import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.internal.JobPosition;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.StructureQueries;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The position catalogue. Readable by everyone signed in, changed by HR and admins. */
@Service
public class Positions {

    private final JobPositionRepository positions;
    private final StructureQueries queries;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;

    Positions(JobPositionRepository positions, StructureQueries queries, AccessPolicy access, AuditTrail audit, Messages messages) {
        this.positions = positions;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<PositionView> list() {
        access.requireStructureReader(CurrentUser.get());
        Map<Long, Long> counts = queries.activeEmployeesBy("position_id");
        return positions.findAllByOrderByCodeAsc().stream()
                .map(position -> view(position, counts.getOrDefault(position.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public PositionView get(long id) {
        access.requireStructureReader(CurrentUser.get());
        return view(load(id), queries.activeEmployeesBy("position_id").getOrDefault(id, 0L));
    }

    @Transactional
    public PositionView create(PositionForm form) {
        access.requireOrgManager(CurrentUser.get());
        validate(null, form);
        JobPosition position = new JobPosition(form.code().strip(), form.name().strip(), form.family());
        position.setDescription(blankToNull(form.description()));
        position = positions.saveAndFlush(position);
        audit.record("position.create", "job_position", position.getId(), null, State.of(position));
        return get(position.getId());
    }

    @Transactional
    public PositionView update(long id, PositionForm form) {
        access.requireOrgManager(CurrentUser.get());
        JobPosition position = load(id);
        new FormProblems(messages, "org").requireVersion(position.getVersion(), form.version());
        validate(position, form);
        State before = State.of(position);
        position.setCode(form.code().strip());
        position.setName(form.name().strip());
        position.setFamily(form.family());
        position.setDescription(blankToNull(form.description()));
        positions.saveAndFlush(position);
        audit.record("position.update", "job_position", id, before, State.of(position));
        return get(id);
    }

    /** Refused while active employees hold the position. */
    @Transactional
    public PositionView deactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        JobPosition position = load(id, version);
        long holders = queries.activeEmployeesBy("position_id").getOrDefault(id, 0L);
        if (holders > 0) {
            new FormProblems(messages, "org").add("active", position.getName(), "org.error.positionHasEmployees", position.getName(), holders)
                    .throwIfAny();
        }
        return setActive(position, false);
    }

    @Transactional
    public PositionView reactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        return setActive(load(id, version), true);
    }

    private void validate(JobPosition existing, PositionForm form) {
        FormProblems problems = new FormProblems(messages, "org");
        String code = problems.text("code", form.code(), 32, true);
        if (code != null && code.length() <= 32) {
            positions.findByCode(code).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add("code", code, "org.error.codeTaken", code));
        }
        problems.text("name", form.name(), 100, true);
        problems.required("family", form.family());
        problems.text("description", form.description(), 500, false);
        problems.throwIfAny();
    }

    /** The record, if {@code version} (when given) is still the stored one. */
    private JobPosition load(long id, Long version) {
        JobPosition position = load(id);
        if (version != null) {
            new FormProblems(messages, "org").requireVersion(position.getVersion(), version);
        }
        return position;
    }

    private PositionView setActive(JobPosition position, boolean active) {
        State before = State.of(position);
        position.setActive(active);
        positions.saveAndFlush(position);
        String action = active ? "position.reactivate" : "position.deactivate";
        audit.record(action, "job_position", position.getId(), before, State.of(position));
        return get(position.getId());
    }

    private JobPosition load(long id) {
        return positions.findById(id).orElseThrow(() -> new NotFoundException("job_position", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PositionView view(JobPosition p, long activeEmployees) {
        return new PositionView(p.getId(), p.getCode(), p.getName(), p.getFamily(), p.getDescription(), p.isActive(),
                activeEmployees, p.getVersion());
    }

    record State(String code, String name, PositionFamily family, String description, boolean active, long version) {
        static State of(JobPosition p) {
            return new State(p.getCode(), p.getName(), p.getFamily(), p.getDescription(), p.isActive(), p.getVersion());
        }
    }
}
