package dev.kaohe.org;

import java.util.stream.Stream;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.support.TestUsers.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The employee API per role and per own / other record. */
@IntegrationTest
@Import(OrgFixture.class)
class EmployeeApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgFixture fixture;

    final JsonMapper json = JsonMapper.builder().build();
    OrgFixture.Team team;

    @BeforeEach
    void organisation() {
        team = fixture.team();
    }

    CurrentUser staff() {
        return TestUsers.user("staff-" + team.staff().id(), team.staff().id());
    }

    CurrentUser boss() {
        return TestUsers.user("boss-" + team.boss().id(), team.boss().id(), Role.MANAGER);
    }

    @Test
    void anEmployeeSeesThemselvesButNotAPeer() throws Exception {
        mvc.perform(get("/api/v1/employees/{id}", team.staff().id()).with(as(staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(team.staff().name()))
                .andExpect(jsonPath("$.managerName").value(team.lead().name()))
                .andExpect(jsonPath("$.orgUnitName").value("华东一组"));
        mvc.perform(get("/api/v1/employees/{id}", team.peer().id()).with(as(staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employees/{id}/reports", team.peer().id()).with(as(staff()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employees").with(as(staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(team.staff().id()));
    }

    @Test
    void aManagerSeesTheirWholeSubtreeButNobodyOutsideIt() throws Exception {
        mvc.perform(get("/api/v1/employees/{id}", team.staff().id()).with(as(boss()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/employees/{id}/reporting-chain", team.staff().id()).with(as(boss())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains(team.lead().name(), team.boss().name())));
        mvc.perform(get("/api/v1/employees/{id}", team.peer().id()).with(as(boss()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employees/{id}", team.other().id()).with(as(boss()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employees").param("orgUnitId", String.valueOf(team.unit().id())).with(as(boss())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[*].id").value(containsInAnyOrder(
                        (int) team.boss().id(), (int) team.lead().id(), (int) team.staff().id())));
    }

    @Test
    void hrSeesEveryoneAndMaintainsThem() throws Exception {
        CurrentUser hr = TestUsers.user("hr-api", null, Role.HR);
        mvc.perform(get("/api/v1/employees/{id}", team.peer().id()).with(as(hr))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/employees/{id}/reports", team.boss().id()).with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subtreeSize").value(2));

        String no = OrgFixture.unique("N");
        mvc.perform(post("/api/v1/employees").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(newEmployee(no)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employeeNo").value(no))
                .andExpect(jsonPath("$.managerName").value(team.boss().name()));

        EmployeeForm renamed = rename(team.peer(), "周新名", team.peer().version());
        mvc.perform(put("/api/v1/employees/{id}", team.peer().id()).with(as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renamed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("周新名"));

        mvc.perform(put("/api/v1/employees/{id}", team.peer().id()).with(as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renamed)))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/employees/{id}/deactivate", team.staff().id()).with(as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leaveDate\":\"2025-01-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
        mvc.perform(post("/api/v1/employees/{id}/reactivate", team.staff().id()).with(as(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void invalidInputNamesEachField() throws Exception {
        CurrentUser hr = TestUsers.user("hr-api", null, Role.HR);
        mvc.perform(post("/api/v1/employees").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"" + team.staff().employeeNo() + "\",\"orgUnitId\":" + team.unit().id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("employeeNo", "name", "positionId", "hireDate")));
        mvc.perform(put("/api/v1/employees/{id}", team.boss().id()).with(as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                                withManager(team.boss(), team.staff().id()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerId"));
    }

    static Stream<CurrentUser> rolesThatMayNotWrite() {
        return Stream.of(
                TestUsers.user("w-employee", 1L),
                TestUsers.user("w-manager", 1L, Role.MANAGER),
                TestUsers.user("w-auditor", null, Role.AUDITOR),
                TestUsers.user("w-finance", null, Role.FINANCE),
                TestUsers.user("w-executive", null, Role.EXECUTIVE),
                TestUsers.token("w-token-read", AccessPolicy.ORG_READ));
    }

    @ParameterizedTest
    @MethodSource("rolesThatMayNotWrite")
    void othersMayNotChangeEmployees(CurrentUser caller) throws Exception {
        mvc.perform(post("/api/v1/employees").with(as(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(newEmployee(OrgFixture.unique("X"))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/employees/{id}", team.staff().id()).with(as(caller)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(rename(team.staff(), "改名", team.staff().version()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/employees/{id}/deactivate", team.staff().id()).with(as(caller)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leaveDate\":\"2025-01-31\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/org-units").with(as(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + OrgFixture.unique("U") + "\",\"name\":\"x\",\"kind\":\"COMPANY\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReadTokenReadsAndAWriteTokenWrites() throws Exception {
        CurrentUser reader = TestUsers.token("reader", AccessPolicy.ORG_READ);
        mvc.perform(get("/api/v1/employees/{id}", team.peer().id()).with(as(reader))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/tree").with(as(reader))).andExpect(status().isOk());

        CurrentUser writer = TestUsers.token("writer", AccessPolicy.ORG_READ, AccessPolicy.ORG_WRITE);
        mvc.perform(post("/api/v1/employees").with(as(writer)).contentType(MediaType.APPLICATION_JSON)
                        .with(csrf()).content(newEmployee(OrgFixture.unique("T"))))
                .andExpect(status().isCreated());

        CurrentUser unrelated = TestUsers.token("unrelated", "crm:write");
        mvc.perform(get("/api/v1/org-units").with(as(unrelated))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employees/{id}", team.peer().id()).with(as(unrelated))).andExpect(status().isForbidden());
    }

    @Test
    void everySignedInPersonReadsTheStructure() throws Exception {
        mvc.perform(get("/api/v1/org-units/tree").with(as(staff()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unit.name").value(hasItem("测试公司")));
        mvc.perform(get("/api/v1/org-units/{id}", team.unit().id()).with(as(staff()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.activeEmployees").value(5));
        mvc.perform(get("/api/v1/positions/{id}", team.position().id()).with(as(staff()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/tree").with(as(staff()))).andExpect(status().isOk());
    }

    @Test
    void hrMaintainsRegionsAndPositions() throws Exception {
        CurrentUser hr = TestUsers.user("hr-api", null, Role.HR);
        String code = OrgFixture.unique("R");
        mvc.perform(post("/api/v1/regions").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"华东\",\"level\":\"MACRO\",\"tags\":[\"东部，沿海\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.contains("东部", "沿海")));
        mvc.perform(post("/api/v1/positions").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"\",\"family\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "family")));
        mvc.perform(post("/api/v1/positions/{id}/deactivate", team.position().id()).with(as(hr)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private String newEmployee(String no) throws Exception {
        return json.writeValueAsString(new EmployeeForm(no, "新同事", team.unit().id(), team.position().id(), team.boss().id(),
                null, java.time.LocalDate.of(2024, 3, 1), true, CareerTrack.EXPERT, null, null, null));
    }

    private static EmployeeForm rename(EmployeeView e, String name, long version) {
        return new EmployeeForm(e.employeeNo(), name, e.orgUnitId(), e.positionId(), e.managerId(), e.regionId(),
                e.hireDate(), e.probation(), e.careerTrack(), e.email(), e.phone(), version);
    }

    private static EmployeeForm withManager(EmployeeView e, long managerId) {
        return new EmployeeForm(e.employeeNo(), e.name(), e.orgUnitId(), e.positionId(), managerId, e.regionId(),
                e.hireDate(), e.probation(), e.careerTrack(), e.email(), e.phone(), e.version());
    }
}
