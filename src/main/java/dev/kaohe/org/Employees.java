package dev.kaohe.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeQueries;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.org.internal.JobPosition;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnit;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.Region;
import dev.kaohe.org.internal.RegionRepository;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees: reading within the caller's reach, and the changes HR and admins make. People are never
 * deleted; leaving sets status LEFT and a leave date, so their history stays attached to them.
 */
@Service
public class Employees {

    private final EmployeeRepository employees;
    private final EmployeeQueries queries;
    private final OrgUnitRepository units;
    private final JobPositionRepository positions;
    private final RegionRepository regions;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final int hireDateMaxDaysAhead;
    private final int maxPageSize;

    Employees(EmployeeRepository employees, EmployeeQueries queries, OrgUnitRepository units,
              JobPositionRepository positions, RegionRepository regions, AccessPolicy access, AuditTrail audit,
              Messages messages, Clock clock,
              @Value("${kaohe.org.hire-date-max-days-ahead:90}") int hireDateMaxDaysAhead,
              @Value("${kaohe.paging.max-size:200}") int maxPageSize) {
        this.employees = employees;
        this.queries = queries;
        this.units = units;
        this.positions = positions;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.hireDateMaxDaysAhead = hireDateMaxDaysAhead;
        this.maxPageSize = maxPageSize;
    }

    /** One employee; 404 when it does not exist or is out of the caller's reach. */
    @Transactional(readOnly = true)
    public EmployeeView get(long id) {
        access.requireVisible(CurrentUser.get(), id);
        return queries.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    /** The employees the caller may see that match {@code filter}; sort keys are those of {@link #SORT_KEYS}. */
    @Transactional(readOnly = true)
    public Page<EmployeeView> search(EmployeeFilter filter, Pageable pageable) {
        CurrentUser user = CurrentUser.get();
        for (Sort.Order order : pageable.getSort()) {
            if (!EmployeeQueries.SORTABLE.containsKey(order.getProperty())) {
                throw new InvalidInputException(List.of(new FieldProblem("sort", order.getProperty(),
                        messages.get("org.error.sort", order.getProperty()))));
            }
        }
        Pageable bounded = pageable.getPageSize() > maxPageSize
                ? PageRequest.of(pageable.getPageNumber(), maxPageSize, pageable.getSort()) : pageable;
        return queries.search(filter == null ? EmployeeFilter.none() : filter, access.visibility(user), bounded);
    }

    public static final java.util.Set<String> SORT_KEYS = EmployeeQueries.SORTABLE.keySet();

    /** The managers above the employee, nearest first. */
    @Transactional(readOnly = true)
    public List<EmployeeRef> reportingChain(long id) {
        get(id);
        return queries.chainAbove(id);
    }

    @Transactional(readOnly = true)
    public Reports reports(long id) {
        get(id);
        return new Reports(queries.directReports(id), queries.activeSubtreeSize(id));
    }

    /** The id of the employee with this number, if the caller may see them. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String employeeNo) {
        CurrentUser user = CurrentUser.get();
        return employees.findByEmployeeNo(employeeNo == null ? "" : employeeNo.strip())
                .map(Employee::getId)
                .filter(id -> access.canSee(user, id));
    }

    @Transactional
    public EmployeeView create(EmployeeForm form) {
        access.requireOrgManager(CurrentUser.get());
        queries.lockReportingLines();
        validate(null, form);
        Employee employee = new Employee(form.employeeNo().strip(), form.name().strip());
        apply(employee, form);
        employee = employees.saveAndFlush(employee);
        audit.record("employee.create", "employee", employee.getId(), null, State.of(employee));
        return queries.find(employee.getId()).orElseThrow();
    }

    @Transactional
    public EmployeeView update(long id, EmployeeForm form) {
        access.requireOrgManager(CurrentUser.get());
        Employee employee = load(id);
        requireVersion(employee.getVersion(), form.version());
        if (!Objects.equals(employee.getManagerId(), form.managerId())) {
            queries.lockReportingLines();
        }
        validate(employee, form);
        State before = State.of(employee);
        employee.setEmployeeNo(form.employeeNo().strip());
        employee.setName(form.name().strip());
        apply(employee, form);
        employees.saveAndFlush(employee);
        audit.record("employee.update", "employee", id, before, State.of(employee));
        return queries.find(id).orElseThrow();
    }

    @Transactional
    public EmployeeView deactivate(long id, Deactivation deactivation) {
        access.requireOrgManager(CurrentUser.get());
        Employee employee = load(id);
        if (deactivation.version() != null) {
            requireVersion(employee.getVersion(), deactivation.version());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (employee.getStatus() == EmployeeStatus.LEFT) {
            problems.add(problem("status", employee.getStatus().name(), "org.error.alreadyLeft"));
        }
        LocalDate leaveDate = deactivation.leaveDate();
        if (leaveDate == null) {
            problems.add(problem("leaveDate", null, "org.error.required", label("leaveDate")));
        } else if (leaveDate.isBefore(employee.getHireDate())) {
            problems.add(problem("leaveDate", leaveDate.toString(), "org.error.leaveBeforeHire", employee.getHireDate()));
        }
        queries.lockReportingLines();
        long reports = queries.activeDirectReportCount(id);
        if (reports > 0) {
            problems.add(problem("status", null, "org.error.hasReports", reports));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        State before = State.of(employee);
        employee.leave(leaveDate);
        employee.setUpdatedAt(clock.instant());
        employees.saveAndFlush(employee);
        audit.record("employee.deactivate", "employee", id, before, State.of(employee));
        return queries.find(id).orElseThrow();
    }

    @Transactional
    public EmployeeView reactivate(long id, Long version) {
        access.requireOrgManager(CurrentUser.get());
        Employee employee = load(id);
        if (version != null) {
            requireVersion(employee.getVersion(), version);
        }
        if (employee.getStatus() == EmployeeStatus.ACTIVE) {
            throw new InvalidInputException(List.of(problem("status", employee.getStatus().name(), "org.error.notLeft")));
        }
        if (employee.getManagerId() != null) {
            Employee manager = employees.findById(employee.getManagerId()).orElseThrow();
            if (manager.getStatus() != EmployeeStatus.ACTIVE) {
                throw new InvalidInputException(List.of(problem("managerId", manager.getEmployeeNo(),
                        "org.error.managerLeft", manager.getName())));
            }
        }
        State before = State.of(employee);
        employee.reactivate();
        employee.setUpdatedAt(clock.instant());
        employees.saveAndFlush(employee);
        audit.record("employee.reactivate", "employee", id, before, State.of(employee));
        return queries.find(id).orElseThrow();
    }

    private Employee load(long id) {
        return employees.findById(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    private void requireVersion(long current, Long submitted) {
        if (submitted == null) {
            throw new InvalidInputException(List.of(problem("version", null, "org.error.required", "version")));
        }
        if (submitted != current) {
            throw new ConflictException(messages.get("org.error.stale", current));
        }
    }

    private void apply(Employee employee, EmployeeForm form) {
        employee.setOrgUnitId(form.orgUnitId());
        employee.setPositionId(form.positionId());
        employee.setManagerId(form.managerId());
        employee.setRegionId(form.regionId());
        employee.setHireDate(form.hireDate());
        employee.setProbation(Boolean.TRUE.equals(form.probation()));
        employee.setCareerTrack(form.careerTrack());
        employee.setEmail(blankToNull(form.email()));
        employee.setPhone(blankToNull(form.phone()));
        employee.setUpdatedAt(clock.instant());
    }

    /** Every rule at once, so a form or an API caller sees all of its problems together. */
    private void validate(Employee existing, EmployeeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Long id = existing == null ? null : existing.getId();
        String employeeNo = blankToNull(form.employeeNo());
        if (employeeNo == null) {
            problems.add(problem("employeeNo", null, "org.error.required", label("employeeNo")));
        } else if (employeeNo.strip().length() > 32) {
            problems.add(problem("employeeNo", employeeNo, "org.error.tooLong", label("employeeNo"), 32));
        } else {
            employees.findByEmployeeNo(employeeNo.strip())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> problems.add(problem("employeeNo", employeeNo, "org.error.employeeNoTaken", employeeNo.strip())));
        }
        String name = blankToNull(form.name());
        if (name == null) {
            problems.add(problem("name", null, "org.error.required", label("name")));
        } else if (name.strip().length() > 64) {
            problems.add(problem("name", name, "org.error.tooLong", label("name"), 64));
        }
        Long keptUnit = existing == null ? null : existing.getOrgUnitId();
        if (form.orgUnitId() == null) {
            problems.add(problem("orgUnitId", null, "org.error.required", label("orgUnitId")));
        } else {
            Optional<OrgUnit> unit = units.findById(form.orgUnitId());
            if (unit.isEmpty()) {
                problems.add(problem("orgUnitId", String.valueOf(form.orgUnitId()), "org.error.unknown", label("orgUnitId")));
            } else if (!unit.get().isActive() && !form.orgUnitId().equals(keptUnit)) {
                problems.add(problem("orgUnitId", unit.get().getName(), "org.error.inactive", label("orgUnitId")));
            }
        }
        Long keptPosition = existing == null ? null : existing.getPositionId();
        if (form.positionId() == null) {
            problems.add(problem("positionId", null, "org.error.required", label("positionId")));
        } else {
            Optional<JobPosition> position = positions.findById(form.positionId());
            if (position.isEmpty()) {
                problems.add(problem("positionId", String.valueOf(form.positionId()), "org.error.unknown", label("positionId")));
            } else if (!position.get().isActive() && !form.positionId().equals(keptPosition)) {
                problems.add(problem("positionId", position.get().getName(), "org.error.inactive", label("positionId")));
            }
        }
        if (form.regionId() != null) {
            Optional<Region> region = regions.findById(form.regionId());
            Long keptRegion = existing == null ? null : existing.getRegionId();
            if (region.isEmpty()) {
                problems.add(problem("regionId", String.valueOf(form.regionId()), "org.error.unknown", label("regionId")));
            } else if (!region.get().isActive() && !form.regionId().equals(keptRegion)) {
                problems.add(problem("regionId", region.get().getName(), "org.error.inactive", label("regionId")));
            }
        }
        validateManager(existing, form.managerId(), problems);
        LocalDate today = LocalDate.now(clock);
        if (form.hireDate() == null) {
            problems.add(problem("hireDate", null, "org.error.required", label("hireDate")));
        } else {
            if (form.hireDate().isAfter(today.plusDays(hireDateMaxDaysAhead))) {
                problems.add(problem("hireDate", form.hireDate().toString(), "org.error.hireDateFuture", hireDateMaxDaysAhead));
            }
            if (existing != null && existing.getLeaveDate() != null && form.hireDate().isAfter(existing.getLeaveDate())) {
                problems.add(problem("hireDate", form.hireDate().toString(), "org.error.hireAfterLeave", existing.getLeaveDate()));
            }
        }
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 120 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(problem("email", email, "org.error.email"));
        }
        String phone = blankToNull(form.phone());
        if (phone != null && phone.length() > 32) {
            problems.add(problem("phone", phone, "org.error.tooLong", label("phone"), 32));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void validateManager(Employee existing, Long managerId, List<FieldProblem> problems) {
        if (managerId == null) {
            return;
        }
        Optional<Employee> manager = employees.findById(managerId);
        if (manager.isEmpty()) {
            problems.add(problem("managerId", String.valueOf(managerId), "org.error.unknown", label("managerId")));
            return;
        }
        boolean changed = existing == null || !managerId.equals(existing.getManagerId());
        if (changed && manager.get().getStatus() != EmployeeStatus.ACTIVE) {
            problems.add(problem("managerId", manager.get().getEmployeeNo(), "org.error.managerLeft", manager.get().getName()));
        }
        if (existing != null && managerId.equals(existing.getId())) {
            problems.add(problem("managerId", manager.get().getEmployeeNo(), "org.error.managerSelf"));
        } else if (existing != null && changed && queries.isSelfOrBelow(existing.getId(), managerId)) {
            problems.add(problem("managerId", manager.get().getEmployeeNo(), "org.error.managerCycle",
                    manager.get().getName(), existing.getName()));
        }
    }

    private FieldProblem problem(String field, String value, String key, Object... args) {
        return new FieldProblem(field, value, messages.get(key, args));
    }

    private String label(String field) {
        return messages.get("org.field." + field);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the audit trail keeps of an employee before and after a change. */
    record State(String employeeNo, String name, Long orgUnitId, Long positionId, Long managerId, Long regionId,
                 LocalDate hireDate, boolean probation, CareerTrack careerTrack, EmployeeStatus status,
                 LocalDate leaveDate, String email, String phone, long version) {

        static State of(Employee e) {
            return new State(e.getEmployeeNo(), e.getName(), e.getOrgUnitId(), e.getPositionId(), e.getManagerId(),
                    e.getRegionId(), e.getHireDate(), e.isProbation(), e.getCareerTrack(), e.getStatus(),
                    e.getLeaveDate(), e.getEmail(), e.getPhone(), e.getVersion());
        }
    }
}
