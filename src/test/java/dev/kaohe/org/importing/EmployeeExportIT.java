package dev.kaohe.org.importing;

import java.util.List;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.RegionRepository;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The employee export: only whom the caller may see, and it imports back without a single change. */
@IntegrationTest
class EmployeeExportIT {

    static final CurrentUser HR = TestUsers.user("export-hr", null, Role.HR);

    @Autowired MockMvc mvc;
    @Autowired OrgImport orgImport;
    @Autowired OrgUnitRepository units;
    @Autowired JobPositionRepository positions;
    @Autowired RegionRepository regions;
    @Autowired EmployeeRepository employees;

    ImportFixture org;
    Employee boss;
    Employee lead;
    Employee rep;
    Employee outsider;

    @BeforeEach
    void organisation() {
        org = new ImportFixture(units, positions, regions, employees);
        boss = org.store(1, null);
        lead = org.store(2, boss.getId());
        rep = org.store(3, lead.getId());
        outsider = org.store(4, null);
        outsider.leave(java.time.LocalDate.of(2024, 12, 31));
        outsider.setEmail("four@example.com");
        outsider.setProbation(true);
        outsider.setCareerTrack(dev.kaohe.org.CareerTrack.MANAGEMENT);
        outsider = employees.save(outsider);
    }

    @Test
    void anExportImportsBackWithNoChange() throws Exception {
        byte[] export = export("/employees/export?unit=" + org.unit.getCode(), HR);
        List<List<String>> rows = ImportFixture.read(export);
        assertThat(rows.get(0)).containsExactly(ImportFixture.HEADER.split(","));
        assertThat(rows).hasSize(5);

        ImportReport report = OrgImportIT.as(HR, () -> orgImport.check("employees.xlsx", export));

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).extracting(ImportReport.Summary::created, ImportReport.Summary::changed,
                ImportReport.Summary::unchanged).containsExactly(0, 0, 4);
    }

    @Test
    void eachCallerExportsOnlyWhomTheyMaySee() throws Exception {
        String unit = "?unit=" + org.unit.getId();
        assertThat(numbers(export("/employees/export" + unit, HR))).containsExactly(org.no(1), org.no(2), org.no(3), org.no(4));
        CurrentUser manager = TestUsers.user("export-boss", boss.getId(), Role.MANAGER);
        assertThat(numbers(export("/employees/export" + unit, manager))).containsExactly(org.no(1), org.no(2), org.no(3));
        CurrentUser employee = TestUsers.user("export-rep", rep.getId());
        assertThat(numbers(export("/employees/export", employee))).containsExactly(org.no(3));
        assertThat(numbers(export("/api/v1/employees/export.xlsx", employee))).containsExactly(org.no(3));
        CurrentUser token = TestUsers.token("export-token", AccessPolicy.ORG_READ);
        assertThat(numbers(export("/api/v1/employees/export.xlsx" + unit, token))).hasSize(4);
        CurrentUser noScope = TestUsers.token("export-none", "goal:write");
        mvc.perform(get("/api/v1/employees/export.xlsx").with(as(noScope))).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersApply() throws Exception {
        String unit = "unit=" + org.unit.getCode();
        assertThat(numbers(export("/employees/export?status=LEFT&" + unit, HR))).containsExactly(org.no(4));
        assertThat(numbers(export("/employees/export?q=" + org.no(2) + "&" + unit, HR))).containsExactly(org.no(2));
        assertThat(numbers(export("/employees/export?q=员工3&" + unit, HR))).containsExactly(org.no(3));
    }

    private byte[] export(String url, CurrentUser user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> numbers(byte[] xlsx) {
        List<List<String>> rows = ImportFixture.read(xlsx);
        return rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
    }
}
