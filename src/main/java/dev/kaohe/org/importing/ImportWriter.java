package dev.kaohe.org.importing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.importing.ImportPlan.Planned;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.jobs.JobProgress;
import dev.kaohe.platform.Messages;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Applies a valid plan: new employees first, then every manager link, each write audited. */
@Component
class ImportWriter {

    private static final int CHUNK = 500;

    private final EmployeeRepository employees;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Messages messages;

    ImportWriter(EmployeeRepository employees, AuditTrail audit, EntityManager entityManager, Clock clock, Messages messages) {
        this.messages = messages;
        this.employees = employees;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void apply(ImportPlan plan, JobProgress progress) {
        if (!plan.valid()) {
            throw new IllegalStateException("only a valid plan can be applied");
        }
        ImportPlan.References refs = plan.references();
        Map<String, Long> ids = new HashMap<>(refs.employeeIds());
        Map<String, Employee> written = new HashMap<>();
        long total = plan.creates().size() + plan.updates().size();
        long done = 0;
        try {
            for (Planned planned : plan.creates()) {
                progress.checkCancelled();
                progress.update(done++, total, planned.after().employeeNo());
                Employee employee = new Employee(planned.after().employeeNo(), planned.after().name());
                copy(planned.after(), employee, refs);
                employees.save(employee);
                ids.put(employee.getEmployeeNo(), employee.getId());
                written.put(employee.getEmployeeNo(), employee);
            }
            for (List<Planned> chunk : chunks(plan.updates())) {
                Map<Long, Employee> loaded = employees.findAllById(chunk.stream().map(Planned::id).toList()).stream()
                        .collect(Collectors.toMap(Employee::getId, Function.identity()));
                progress.checkCancelled();
                for (Planned planned : chunk) {
                    progress.update(done++, total, planned.after().employeeNo());
                    Employee employee = loaded.get(planned.id());
                    if (employee == null || employee.getVersion() != planned.version()) {
                        throw new ConflictException(messages.get("import.conflict.changed", planned.after().employeeNo()));
                    }
                    copy(planned.after(), employee, refs);
                    written.put(employee.getEmployeeNo(), employee);
                }
            }
            for (Planned planned : plan.creates()) {
                linkManager(planned, written, ids);
            }
            for (Planned planned : plan.updates()) {
                linkManager(planned, written, ids);
            }
            entityManager.flush();
            progress.checkCancelled();
        } catch (DataIntegrityViolationException e) {
            // another import or edit wrote the same employee number in the meantime
            throw new ConflictException(messages.get("import.conflict.duplicate"));
        }
        for (Planned planned : plan.creates()) {
            audit.record("employee.create", "employee", ids.get(planned.after().employeeNo()), null, planned.after());
        }
        for (Planned planned : plan.updates()) {
            audit.record("employee.update", "employee", planned.id(), planned.before(), planned.after());
        }
        progress.update(total, total, null);
    }

    private void linkManager(Planned planned, Map<String, Employee> written, Map<String, Long> ids) {
        String managerNo = planned.after().managerNo();
        Long managerId = managerNo == null ? null : ids.get(managerNo);
        written.get(planned.after().employeeNo()).setManagerId(managerId);
    }

    private void copy(EmployeeValues values, Employee employee, ImportPlan.References refs) {
        employee.setName(values.name());
        employee.setOrgUnitId(refs.units().byCode(values.orgUnit()).id());
        employee.setPositionId(refs.positions().byCode(values.position()).id());
        employee.setRegionId(values.region() == null ? null : refs.regions().byCode(values.region()).id());
        employee.setHireDate(values.hireDate());
        employee.setProbation(values.probation());
        employee.setCareerTrack(values.careerTrack());
        if (values.status() == EmployeeStatus.LEFT) {
            employee.leave(values.leaveDate());
        } else {
            employee.reactivate();
        }
        employee.setEmail(values.email());
        employee.setPhone(values.phone());
        employee.setUpdatedAt(clock.instant());
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
