package dev.kaohe.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kaohe.identity.Role;
import dev.kaohe.org.CareerTrack;
import dev.kaohe.org.EmployeeForm;
import dev.kaohe.org.EmployeeView;
import dev.kaohe.org.Employees;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.org.OrgUnitView;
import dev.kaohe.org.PositionView;
import dev.kaohe.org.RegionForm;
import dev.kaohe.org.RegionLevel;
import dev.kaohe.org.RegionView;
import dev.kaohe.org.Regions;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Monthly, half-year, annual and probation cycles created end to end, their periods checked; populations chosen by
 * region (with the regions below), by tenure (months employed, hired before) and by probation.
 *
 * <p>The people, all in one team: 老员工 in 华东 (hired 2020), 新同事 in 华北 (hired 2026-03), 试用生 in 上海 under
 * 华东 (hired 2026-06, on probation).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleTypesIT {

    @Autowired CycleFixture fixture;
    @Autowired Cycles cycles;
    @Autowired CycleDirectory directory;
    @Autowired Employees employees;
    @Autowired Regions regions;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    OrgUnitView unit;
    RegionView east;
    RegionView north;
    EmployeeView veteran;
    EmployeeView recent;
    EmployeeView trainee;
    String scheme;

    @BeforeAll
    void people() {
        OrgFixture org = fixture.org();
        OrgUnitView company = org.unit("周期类型公司", null);
        unit = org.unit("华东二组", company.id());
        PositionView position = org.position("销售代表");
        east = org.asHr(() -> regions.create(new RegionForm(OrgFixture.unique("RE"), "华东", RegionLevel.MACRO, null, null, null)));
        north = org.asHr(() -> regions.create(new RegionForm(OrgFixture.unique("RN"), "华北", RegionLevel.MACRO, null, null, null)));
        RegionView shanghai = org.asHr(() -> regions.create(new RegionForm(OrgFixture.unique("RS"), "上海", RegionLevel.CITY, east.id(), null, null)));
        veteran = person("老员工", position, east, LocalDate.of(2020, 1, 15), false);
        recent = person("新同事", position, north, LocalDate.of(2026, 3, 1), false);
        trainee = person("试用生", position, shanghai, LocalDate.of(2026, 6, 10), true);
        scheme = fixture.lockedScheme();
    }

    // --- populations

    @Test
    void aRegionSelectsThePeopleOfItAndOfTheRegionsBelowIt() {
        assertThat(names(create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(List.of(east.id()), null, null, false)))).containsExactlyInAnyOrder("老员工", "试用生");
        assertThat(names(create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(List.of(north.id()), null, null, false)))).containsExactly("新同事");
    }

    @Test
    void tenureCountsMonthsEmployedAtThePeriodStartOrAHireDateBefore() {
        // at Jul 1 2026: 老员工 6 years, 新同事 4 months, 试用生 3 weeks
        assertThat(names(create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(null, null, 12, false)))).containsExactly("老员工");
        assertThat(names(create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(null, null, 4, false)))).containsExactlyInAnyOrder("老员工", "新同事");
        assertThat(names(create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(null, LocalDate.of(2026, 6, 10), null, false)))).containsExactlyInAnyOrder("老员工", "新同事");
        assertThatThrownBy(() -> create(CycleType.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                population(null, null, -1, false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("population.minTenureMonths"));
    }

    @Test
    void aProbationCycleOverAnySpanAssessesOnlyThePeopleOnProbation() {
        CycleView cycle = create(CycleType.PROBATION, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 9),
                population(null, null, null, true));
        assertThat(cycle.periodLabel()).isEqualTo("2026-06-10 – 2026-09-09");
        assertThat(cycle.population().probationOnly()).isTrue();
        assertThat(names(cycle)).containsExactly("试用生");
        // Wed Sep 9 is the last day; publication 5 working days later: Sep 10, 11, 14, 15, 16
        assertThat(cycle.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(cycle.deadlineOf(CyclePhase.PUBLICATION)).isEqualTo(LocalDate.of(2026, 9, 16));
    }

    // --- cycle types

    @Test
    void aMonthlyCycleCoversExactlyOneCalendarMonth() {
        CycleView cycle = create(CycleType.MONTHLY, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), population(null, null, null, false));
        assertThat(cycle.periodLabel()).isEqualTo("2026-08");
        assertThat(cycle.participantCount()).isEqualTo(3);
        // Mon Aug 31 is the last working day; publication Sep 1, 2, 3, 4, 7
        assertThat(cycle.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(cycle.deadlineOf(CyclePhase.PUBLICATION)).isEqualTo(LocalDate.of(2026, 9, 7));
        refusedPeriod(CycleType.MONTHLY, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 30));
        refusedPeriod(CycleType.MONTHLY, LocalDate.of(2026, 8, 2), LocalDate.of(2026, 9, 1));
    }

    @Test
    void aHalfYearCycleCoversTheFirstOrTheSecondHalf() {
        CycleView first = create(CycleType.HALF_YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), population(null, null, null, false));
        CycleView second = create(CycleType.HALF_YEAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), population(null, null, null, false));
        assertThat(first.periodLabel()).isEqualTo("2026 H1");
        assertThat(second.periodLabel()).isEqualTo("2026 H2");
        assertThat(first.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(second.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 12, 31));
        refusedPeriod(CycleType.HALF_YEAR, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30));
    }

    @Test
    void anAnnualCycleCoversTheCalendarYear() {
        CycleView cycle = create(CycleType.ANNUAL, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), population(null, null, null, false));
        assertThat(cycle.periodLabel()).isEqualTo("2026");
        assertThat(cycle.type()).isEqualTo(CycleType.ANNUAL);
        assertThat(cycle.participantCount()).isEqualTo(3);
        assertThat(cycle.deadlineOf(CyclePhase.IN_PROGRESS)).isEqualTo(LocalDate.of(2026, 12, 31));
        refusedPeriod(CycleType.ANNUAL, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31));
    }

    @Test
    void hrCreatesAMonthlyCycleThroughTheApiAndAWrongPeriodOrLeadIsRefusedNamingTheField() throws Exception {
        var hr = TestUsers.user("cyc-types-hr", null, Role.HR);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "2026-09 月度 " + OrgFixture.unique(""), "type", "MONTHLY",
                "periodStart", "2026-09-01", "periodEnd", "2026-09-30", "schemeCode", scheme,
                "population", Map.of("orgUnitIds", List.of(unit.id())), "preparationLeadDays", 5, "feedbackDays", 5));
        String created = mvc.perform(post("/api/v1/cycles").with(TestUsers.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.periodLabel").value("2026-09"))
                .andExpect(jsonPath("$.participantCount").value(3))
                .andExpect(jsonPath("$.preparationLeadDays").value(5))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(directory.participant(id, trainee.id())).isPresent();

        body.put("periodEnd", "2026-09-29");
        body.put("preparationLeadDays", 15);
        mvc.perform(post("/api/v1/cycles").with(TestUsers.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("periodEnd", "preparationLeadDays")));
    }

    // --- helpers

    private EmployeeView person(String name, PositionView position, RegionView region, LocalDate hired, boolean probation) {
        return fixture.org().asHr(() -> employees.create(new EmployeeForm(OrgFixture.unique("E"), name, unit.id(), position.id(), null,
                region.id(), hired, probation, CareerTrack.EXPERT, null, null, null)));
    }

    private Population population(List<Long> regionIds, LocalDate hiredBefore, Integer minTenureMonths, boolean probationOnly) {
        return new Population(List.of(unit.id()), true, null, regionIds, hiredBefore, minTenureMonths, probationOnly);
    }

    private CycleView create(CycleType type, LocalDate start, LocalDate end, Population population) {
        return fixture.org().asHr(() -> cycles.create(new CycleForm(type + " " + OrgFixture.unique(""), type, start, end, scheme, null,
                population, null)));
    }

    private void refusedPeriod(CycleType type, LocalDate start, LocalDate end) {
        assertThatThrownBy(() -> create(type, start, end, population(null, null, null, false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("periodEnd"));
    }

    private List<String> names(CycleView cycle) {
        return directory.participants(cycle.id()).stream().map(ParticipantView::employeeName).toList();
    }
}
