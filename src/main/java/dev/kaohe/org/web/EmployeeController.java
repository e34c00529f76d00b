package dev.kaohe.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.Deactivation;
import dev.kaohe.org.EmployeeFilter;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeStatus;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgUnits;
import dev.kaohe.org.Positions;
import dev.kaohe.org.Regions;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The employee list, detail and the HR forms. */
@Controller
class EmployeeController {

    /** Sort choices of the list page: value → Spring Data sort. */
    private static final Map<String, Sort> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("employeeNo", Sort.by("employeeNo"));
        SORTS.put("name", Sort.by("name"));
        SORTS.put("hireDateDesc", Sort.by(Sort.Direction.DESC, "hireDate"));
        SORTS.put("hireDate", Sort.by("hireDate"));
        SORTS.put("orgUnit", Sort.by("orgUnit", "employeeNo"));
    }

    private final Employees employees;
    private final OrgUnits units;
    private final Positions positions;
    private final Regions regions;
    private final AccessPolicy access;
    private final Messages messages;
    private final Clock clock;
    private final int pageSize;
    private final FormActions forms;

    EmployeeController(Employees employees, OrgUnits units, Positions positions, Regions regions, AccessPolicy access,
                       Messages messages, Clock clock, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.employees = employees;
        this.units = units;
        this.positions = positions;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        this.pageSize = pageSize;
        this.forms = new FormActions(messages);
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/employees")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long orgUnitId,
                @RequestParam(required = false) Long positionId, @RequestParam(required = false) Long regionId,
                @RequestParam(required = false) EmployeeStatus status, @RequestParam(required = false) Long managerId,
                @RequestParam(defaultValue = "false") boolean indirect,
                @RequestParam(defaultValue = "employeeNo") String sort, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        EmployeeFilter filter = new EmployeeFilter(q, orgUnitId, positionId, regionId, status, managerId, indirect);
        String sortKey = SORTS.containsKey(sort) ? sort : "employeeNo";
        Page<EmployeeView> result = employees.search(filter,
                PageRequest.of(Math.max(page, 0), pageSize, SORTS.get(sortKey)));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sortKey);
        model.addAttribute("sorts", SORTS.keySet());
        model.addAttribute("page", result);
        model.addAttribute("filtered", q != null && !q.isBlank() || orgUnitId != null || positionId != null
                || regionId != null || status != null || managerId != null);
        model.addAttribute("pagerUrl", url("/employees", filter).queryParam("sort", sortKey).encode().build().toUriString());
        model.addAttribute("exportUrl", url("/employees/export", filter).encode().build().toUriString());
        model.addAttribute("canManage", access.canManageOrg(CurrentUser.get()));
        if (managerId != null) {
            model.addAttribute("manager", findVisible(managerId).orElse(null));
        }
        if (htmx != null) {
            return "employees/list :: results";
        }
        model.addAttribute("unitOptions", Options.ofUnits(units.tree()));
        model.addAttribute("regionOptions", Options.ofRegions(regions.tree()));
        model.addAttribute("positions", positions.list());
        model.addAttribute("statuses", EmployeeStatus.values());
        return "employees/list";
    }

    /** A manager's tile on the home page: everyone below them. */
    @GetMapping("/employees/my-team")
    String myTeam() {
        Long self = CurrentUser.get().employeeId();
        return self == null ? "redirect:/employees" : "redirect:/employees?managerId=" + self + "&indirect=true";
    }

    @GetMapping("/employees/{id}")
    String detail(@PathVariable long id, Model model) {
        EmployeeView employee = employees.get(id);
        model.addAttribute("employee", employee);
        model.addAttribute("chain", employees.reportingChain(id));
        model.addAttribute("reports", employees.reports(id));
        model.addAttribute("canManage", access.canManageOrg(CurrentUser.get()));
        model.addAttribute("seesEveryone", access.visibility(CurrentUser.get()).everyone());
        model.addAttribute("today", LocalDate.now(clock));
        return "employees/detail";
    }

    @GetMapping("/employees/new")
    String createForm(Model model) {
        access.requireOrgManager(CurrentUser.get());
        EmployeeFormData form = new EmployeeFormData();
        form.hireDate = LocalDate.now(clock);
        return form(model, form, null, Map.of());
    }

    @PostMapping("/employees")
    String create(@ModelAttribute("form") EmployeeFormData form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        return save(null, form, binding, model, redirect);
    }

    @GetMapping("/employees/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireOrgManager(CurrentUser.get());
        return form(model, EmployeeFormData.of(employees.get(id)), id, Map.of());
    }

    @PostMapping("/employees/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") EmployeeFormData form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        return save(id, form, binding, model, redirect);
    }

    @PostMapping("/employees/{id}/deactivate")
    String deactivate(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveDate,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return forms.changeStatus(true, () -> employees.deactivate(id, new Deactivation(leaveDate, version)),
                "/employees/" + id, "/employees/" + id, redirect);
    }

    @PostMapping("/employees/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return forms.changeStatus(false, () -> employees.reactivate(id, version), "/employees/" + id, "/employees/" + id,
                redirect);
    }

    private String save(Long id, EmployeeFormData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.ofBinding(binding, messages));
        boolean managerGiven = form.managerNo != null && !form.managerNo.isBlank();
        Optional<Long> manager = managerGiven ? employees.idOf(form.managerNo) : Optional.empty();
        if (managerGiven && manager.isEmpty()) {
            errors.put("managerNo", messages.get("org.error.unknownManagerNo", form.managerNo.strip()));
        }
        return forms.save(errors, Map.of("managerId", "managerNo"), model, redirect, e -> form(model, form, id, e), () -> {
            EmployeeForm command = form.toForm(manager.orElse(null));
            EmployeeView saved = id == null ? employees.create(command) : employees.update(id, command);
            return "/employees/" + saved.id();
        });
    }

    private String form(Model model, EmployeeFormData form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("employeeId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("unitOptions", Options.ofUnits(units.tree()));
        model.addAttribute("regionOptions", Options.ofRegions(regions.tree()));
        model.addAttribute("positions", positions.list());
        model.addAttribute("tracks", CareerTrack.values());
        return "employees/form";
    }

    private Optional<EmployeeView> findVisible(long id) {
        try {
            return Optional.of(employees.get(id));
        } catch (dev.kaohe.platform.NotFoundException e) {
            return Optional.empty();
        }
    }

    private static UriComponentsBuilder url(String path, EmployeeFilter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (filter.q() != null && !filter.q().isBlank()) {
            url.queryParam("q", filter.q().strip());
        }
        if (filter.orgUnitId() != null) {
            url.queryParam("orgUnitId", filter.orgUnitId());
        }
        if (filter.positionId() != null) {
            url.queryParam("positionId", filter.positionId());
        }
        if (filter.regionId() != null) {
            url.queryParam("regionId", filter.regionId());
        }
        if (filter.status() != null) {
            url.queryParam("status", filter.status());
        }
        if (filter.managerId() != null) {
            url.queryParam("managerId", filter.managerId());
            if (filter.indirect()) {
                url.queryParam("indirect", true);
            }
        }
        return url;
    }

    /** The employee form as the browser posts it; the manager is entered by employee no. */
    public static class EmployeeFormData {
        public String employeeNo;
        public String name;
        public Long orgUnitId;
        public Long positionId;
        public String managerNo;
        public Long regionId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate hireDate;
        public boolean probation;
        public CareerTrack careerTrack;
        public String email;
        public String phone;
        public Long version;

        static EmployeeFormData of(EmployeeView e) {
            EmployeeFormData form = new EmployeeFormData();
            form.employeeNo = e.employeeNo();
            form.name = e.name();
            form.orgUnitId = e.orgUnitId();
            form.positionId = e.positionId();
            form.managerNo = e.managerNo();
            form.regionId = e.regionId();
            form.hireDate = e.hireDate();
            form.probation = e.probation();
            form.careerTrack = e.careerTrack();
            form.email = e.email();
            form.phone = e.phone();
            form.version = e.version();
            return form;
        }

        EmployeeForm toForm(Long managerId) {
            return new EmployeeForm(employeeNo, name, orgUnitId, positionId, managerId, regionId, hireDate, probation,
                    careerTrack, email, phone, version);
        }
    }
}
