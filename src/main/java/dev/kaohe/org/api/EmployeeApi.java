package dev.kaohe.org.api;

import dev.kaohe.platform.web.PageResponse;
import java.net.URI;
import java.util.List;

import dev.kaohe.org.Deactivation;
import dev.kaohe.org.EmployeeFilter;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeRef;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.Reports;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employees over REST; who may read or change whom is decided by {@link Employees}. */
@RestController
@RequestMapping("/api/v1/employees")
class EmployeeApi {

    private final Employees employees;

    EmployeeApi(Employees employees) {
        this.employees = employees;
    }

    @GetMapping
    PageResponse<EmployeeView> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) Long orgUnitId,
                                      @RequestParam(required = false) Long positionId,
                                      @RequestParam(required = false) Long regionId,
                                      @RequestParam(required = false) EmployeeStatus status,
                                      @RequestParam(required = false) Long managerId,
                                      @RequestParam(defaultValue = "false") boolean indirect,
                                      @PageableDefault(size = 20, sort = "employeeNo") Pageable pageable) {
        return PageResponse.of(employees.search(
                new EmployeeFilter(q, orgUnitId, positionId, regionId, status, managerId, indirect), pageable));
    }

    @GetMapping("/{id}")
    EmployeeView get(@PathVariable long id) {
        return employees.get(id);
    }

    @PostMapping
    ResponseEntity<EmployeeView> create(@RequestBody EmployeeForm form) {
        EmployeeView created = employees.create(form);
        return ResponseEntity.created(URI.create("/api/v1/employees/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    EmployeeView update(@PathVariable long id, @RequestBody EmployeeForm form) {
        return employees.update(id, form);
    }

    @PostMapping("/{id}/deactivate")
    EmployeeView deactivate(@PathVariable long id, @RequestBody Deactivation deactivation) {
        return employees.deactivate(id, deactivation);
    }

    @PostMapping("/{id}/reactivate")
    EmployeeView reactivate(@PathVariable long id, @RequestBody(required = false) VersionRef version) {
        return employees.reactivate(id, VersionRef.of(version));
    }

    @GetMapping("/{id}/reporting-chain")
    List<EmployeeRef> reportingChain(@PathVariable long id) {
        return employees.reportingChain(id);
    }

    @GetMapping("/{id}/reports")
    Reports reports(@PathVariable long id) {
        return employees.reports(id);
    }
}
