package dev.kaohe.intake.aggregation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.ActualsChanged;
import dev.kaohe.intake.Intake;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordsCommitted;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Committed business records become versioned actuals with lineage; unchanged values write nothing. */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregationIT {

    private static final CurrentUser HR = TestUsers.user("aggregation-hr", null, Role.HR);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApplicationEvents published;
    @Autowired Intake intake;

    private OrgFixture.Team team;
    private int year;

    @BeforeAll
    void team() {
        team = fixture.team();
    }

    @BeforeEach
    void freshYear() {
        // every test reads its own year, so data of the other tests (shared database) never counts
        year = YEAR.incrementAndGet();
    }

    /** One committed batch of records of one type; each record: employee id, day, amount, due, customer, new customer. */
    private UUID commit(RecordType type, List<Object[]> records) {
        UUID batch = UUID.randomUUID();
        jdbc.update("""
                insert into intake_batch (id, channel, file_name, content_hash, imported_by, importer_name, created_at, finished_at,
                                          status, record_type, row_count)
                values (?, 'UPLOAD', ?, ?, 1, 'HR', now(), now(), 'COMMITTED', ?, ?)""",
                batch, type.name().toLowerCase() + ".csv", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000".substring(0, 32),
                type.name(), records.size());
        int row = 2;
        for (Object[] r : records) {
            jdbc.update("""
                    insert into business_record (batch_id, row_number, record_type, employee_id, employee_no, occurred_on, reference,
                                                 customer, new_customer, amount, amount_due, started_at, first_response_at, ended_at)
                    values (?, ?, ?, ?, (select employee_no from employee where id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    batch, row, type.name(), r[0], r[0], r[1], "REF-" + row, r[4], r[5], r[2], r[3],
                    r.length > 6 ? r[6] : null, r.length > 7 ? r[7] : null, r.length > 8 ? r[8] : null);
            row++;
        }
        LocalDate first = records.stream().map(r -> (LocalDate) r[1]).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = records.stream().map(r -> (LocalDate) r[1]).max(LocalDate::compareTo).orElseThrow();
        events.publishEvent(new RecordsCommitted(batch, type, YearMonth.from(first), YearMonth.from(last)));
        return batch;
    }

    private static List<Object[]> rows(Object[]... records) {
        return java.util.Arrays.asList(records);
    }

    private Object[] order(long employee, LocalDate day, String amount, String customer, boolean isNew) {
        return new Object[] {employee, day, new java.math.BigDecimal(amount), null, customer, isNew};
    }

    private List<String> actual(long employee, String code, String period) {
        return jdbc.queryForList("""
                select version || ':' || trim(trailing '.' from trim(trailing '0' from value::text)) || ':' || current
                from indicator_actual where employee_id = ? and indicator_code = ? and period = ? order by version""",
                String.class, employee, code, period);
    }

    private long currentId(long employee, String code, String period) {
        return jdbc.queryForObject("select id from indicator_actual where current and employee_id = ? and indicator_code = ? and period = ?",
                Long.class, employee, code, period);
    }

    private List<ActualsChanged.Key> changedKeys() {
        return published.stream(ActualsChanged.class).flatMap(e -> e.keys().stream()).toList();
    }

    @Test
    void committedOrdersBecomeSalesPerMonthQuarterAndTeamWithExplanationAndLineage() throws Exception {
        long staff = team.staff().id();
        LocalDate jan = LocalDate.of(year, 1, 10);
        commit(RecordType.ORDER, rows(order(staff, jan, "1000", "ACME", true), order(staff, jan.plusDays(3), "500", "ACME", true),
                order(staff, jan.plusDays(5), "300", "Beta", false), order(team.peer().id(), jan, "700", "Gamma", true)));

        assertThat(actual(staff, "SALES_AMOUNT", year + "-01")).containsExactly("1:1800:true");
        assertThat(actual(staff, "SALES_AMOUNT", year + "Q1")).containsExactly("1:1800:true");
        assertThat(actual(staff, "AVG_ORDER_VALUE", year + "-01")).containsExactly("1:600:true");
        assertThat(actual(staff, "NEW_CUSTOMERS", year + "-01")).containsExactly("1:1:true");
        assertThat(actual(team.peer().id(), "SALES_AMOUNT", year + "-01")).containsExactly("1:700:true");
        assertThat(jdbc.queryForObject("select value from indicator_actual where current and org_unit_id = ? and indicator_code = 'SALES_AMOUNT' and period = ?",
                java.math.BigDecimal.class, team.unit().id(), year + "Q1")).isEqualByComparingTo("2500");
        // no previous period → growth has no value
        assertThat(actual(staff, "SALES_GROWTH", year + "-01")).isEmpty();

        assertThat(changedKeys()).contains(new ActualsChanged.Key(staff, "SALES_AMOUNT", year + "-01"),
                new ActualsChanged.Key(staff, "SALES_AMOUNT", year + "Q1"));
        assertThat(published.stream(ActualsChanged.class).flatMap(e -> e.groupKeys().stream()))
                .contains(new ActualsChanged.GroupKey("ORG_UNIT", team.unit().id(), "SALES_AMOUNT", year + "Q1"));

        long id = currentId(staff, "SALES_AMOUNT", year + "-01");
        mvc.perform(get("/api/v1/intake/aggregations/actuals/{id}/lineage", id).with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalRecords").value(3))
                .andExpect(jsonPath("$.explanationEnglish").value("sum of amount over 3 records = 1800"))
                .andExpect(jsonPath("$.records[0].rowNumber").value(2))
                .andExpect(jsonPath("$.records[0].fileName").value("order.csv"));
        mvc.perform(get("/intake/aggregations/actuals/{id}", id).with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 条记录的 amount 合计 = 1800")));
        mvc.perform(get("/intake/actuals/{id}", id).with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"aggregation-lineage\"")));
    }

    @Test
    void aCorrectionAddsAVersionAndTheSameRecordsAgainWriteNothing() {
        long staff = team.staff().id();
        LocalDate mar = LocalDate.of(year, 3, 2);
        commit(RecordType.ORDER, rows(order(staff, mar, "100", "A", false)));
        assertThat(actual(staff, "SALES_AMOUNT", year + "-03")).containsExactly("1:100:true");

        published.clear();
        UUID late = commit(RecordType.ORDER, rows(order(staff, mar.plusDays(1), "50", "B", false)));
        assertThat(actual(staff, "SALES_AMOUNT", year + "-03")).containsExactly("1:100:false", "2:150:true");
        assertThat(changedKeys()).contains(new ActualsChanged.Key(staff, "SALES_AMOUNT", year + "-03"));
        // the next month's growth now compares with March
        assertThat(jdbc.queryForList("select array_length(batch_ids, 1) from aggregated_actual ag join indicator_actual ia on ia.id = ag.actual_id "
                + "where ia.current and ia.employee_id = ? and ia.indicator_code = 'SALES_AMOUNT' and ia.period = ?", Integer.class, staff, year + "-03"))
                .containsExactly(2);

        published.clear();
        events.publishEvent(new RecordsCommitted(late, RecordType.ORDER, YearMonth.of(year, 3), YearMonth.of(year, 3)));
        assertThat(actual(staff, "SALES_AMOUNT", year + "-03")).containsExactly("1:100:false", "2:150:true");
        assertThat(changedKeys()).isEmpty();
        assertThat(jdbc.queryForObject("select unchanged_count from aggregation_run where batch_id = ? order by started_at desc limit 1",
                Integer.class, late)).isPositive();
    }

    @Test
    void growthComparesWithThePreviousMonth() {
        long staff = team.staff().id();
        commit(RecordType.ORDER, rows(order(staff, LocalDate.of(year, 4, 5), "1000", "A", false)));
        commit(RecordType.ORDER, rows(order(staff, LocalDate.of(year, 5, 5), "1250", "A", false)));
        assertThat(actual(staff, "SALES_GROWTH", year + "-05")).containsExactly("1:25:true");
    }

    @Test
    void complaintResponseCountsWorkingHoursAndACollectionWithNothingDueHasNoRate() {
        long staff = team.staff().id();
        // find a Friday in June of the test year
        LocalDate friday = LocalDate.of(year, 6, 1);
        while (friday.getDayOfWeek() != java.time.DayOfWeek.FRIDAY) {
            friday = friday.plusDays(1);
        }
        Timestamp received = Timestamp.from(LocalDateTime.of(friday, java.time.LocalTime.of(16, 0)).atZone(SHANGHAI).toInstant());
        Timestamp answered = Timestamp.from(LocalDateTime.of(friday.plusDays(3), java.time.LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
        commit(RecordType.COMPLAINT, rows(new Object[] {staff, friday, null, null, "C", null, received, answered, null}));
        assertThat(actual(staff, "FIRST_RESPONSE_TIME", year + "-06")).containsExactly("1:3:true");

        commit(RecordType.COLLECTION, rows(new Object[] {staff, LocalDate.of(year, 6, 3), new java.math.BigDecimal("80"),
                java.math.BigDecimal.ZERO, "C", null}));
        assertThat(actual(staff, "COLLECTED_AMOUNT", year + "-06")).containsExactly("1:80:true");
        assertThat(actual(staff, "COLLECTION_RATE", year + "-06")).isEmpty();
        commit(RecordType.COLLECTION, rows(new Object[] {staff, LocalDate.of(year, 7, 3), new java.math.BigDecimal("95"),
                new java.math.BigDecimal("100"), "C", null}));
        assertThat(actual(staff, "COLLECTION_RATE", year + "-07")).containsExactly("1:95:true");
    }

    @Test
    void lineageFollowsTheActualsReach() throws Exception {
        long staff = team.staff().id();
        commit(RecordType.ORDER, rows(order(staff, LocalDate.of(year, 8, 1), "10", "A", false)));
        long id = currentId(staff, "SALES_AMOUNT", year + "-08");
        String url = "/api/v1/intake/aggregations/actuals/" + id + "/lineage";
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user("agg-self", staff)))).andExpect(status().isOk());
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user("agg-lead", team.lead().id(), Role.MANAGER)))).andExpect(status().isOk());
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user("agg-peer", team.peer().id())))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user("agg-other", team.other().id(), Role.MANAGER)))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user("agg-auditor", null, Role.AUDITOR)))).andExpect(status().isOk());
    }

    @Test
    void aDefinitionWithBadFieldsIsRefusedNamingEachField() throws Exception {
        String body = """
                {"indicatorCode":"NO_SUCH","recordType":"ORDERS","measure":"RATIO","field":"salary","secondField":"",
                 "filter":"tier","grouping":"TEAM","periodKind":"MONTH","factor":"-1"}""";
        mvc.perform(post("/api/v1/intake/aggregations").with(csrf()).with(TestUsers.as(HR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "indicatorCode", "recordType", "field", "secondField", "filter", "grouping", "factor")));
        mvc.perform(post("/api/v1/intake/aggregations").with(csrf()).with(TestUsers.as(TestUsers.user("agg-e", team.staff().id())))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        // the built-in monthly employee sales definition already writes SALES_AMOUNT
        mvc.perform(post("/api/v1/intake/aggregations").with(csrf()).with(TestUsers.as(HR)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"indicatorCode":"SALES_AMOUNT","recordType":"ORDER","measure":"SUM","field":"amount","grouping":"EMPLOYEE","periodKind":"MONTH"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorCode"));
    }

    @Test
    void theDefinitionFormSavesAValidDefinitionAndNamesTheFieldOfAnInvalidOne() throws Exception {
        mvc.perform(post("/intake/aggregations").with(csrf()).with(TestUsers.as(HR))
                        .param("indicatorCode", "NEW_CONTRACT_VALUE").param("recordType", "ORDER").param("measure", "SUM")
                        .param("field", "salary").param("grouping", "EMPLOYEE").param("periodKind", "QUARTER").param("factor", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"form-control is-invalid\" id=\"field\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"salary\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("class=\"form-control is-invalid\" id=\"indicatorCode\""))));
        assertThat(jdbc.queryForObject("select count(*) from aggregation_definition where indicator_code = 'NEW_CONTRACT_VALUE' and period_kind = 'QUARTER'",
                Integer.class)).isZero();

        String location = mvc.perform(post("/intake/aggregations").with(csrf()).with(TestUsers.as(HR))
                        .param("indicatorCode", "NEW_CONTRACT_VALUE").param("recordType", "ORDER").param("measure", "SUM")
                        .param("field", "amount").param("filter", "new_customer=true").param("grouping", "EMPLOYEE")
                        .param("periodKind", "QUARTER").param("factor", "1").param("description", "from the form"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*saved=(\\d+).*", "$1"));
        try {
            assertThat(jdbc.queryForObject("select measure || ':' || field || ':' || filter || ':' || description from aggregation_definition where id = ?",
                    String.class, id)).isEqualTo("SUM:amount:new_customer=true:from the form");
        } finally {
            mvc.perform(post("/api/v1/intake/aggregations/{id}/disable", id).with(csrf()).with(TestUsers.as(HR))).andExpect(status().isOk());
        }
    }

    @Test
    void anAdminDefinitionWithAFilterFeedsItsIndicatorAndCanBeDisabled() throws Exception {
        long staff = team.staff().id();
        String created = mvc.perform(post("/api/v1/intake/aggregations").with(csrf()).with(TestUsers.as(HR)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"indicatorCode":"NEW_CONTRACT_VALUE","recordType":"ORDER","measure":"SUM","field":"amount",
                                 "filter":"new_customer=true","grouping":"EMPLOYEE","periodKind":"MONTH"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long definition = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        try {
            commit(RecordType.ORDER, rows(order(staff, LocalDate.of(year, 9, 1), "400", "N", true),
                    order(staff, LocalDate.of(year, 9, 2), "100", "O", false)));
            assertThat(actual(staff, "NEW_CONTRACT_VALUE", year + "-09")).containsExactly("1:400:true");
        } finally {
            mvc.perform(post("/api/v1/intake/aggregations/{id}/disable", definition).with(csrf()).with(TestUsers.as(HR)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        }
    }

    @Test
    void aDirectImportOfActualsPublishesTheKeysItChanged() {
        long staff = team.staff().id();
        TestUsers.runAs(HR, () -> intake.ingest(List.of(new ActualRow(team.staff().employeeNo(), "MENTORING_HOURS", year + "-02", "6", "LMS", null)), null));
        assertThat(changedKeys()).containsExactly(new ActualsChanged.Key(staff, "MENTORING_HOURS", year + "-02"));
    }

    @Test
    void aManualRecomputeRunsAsAJobForHrAndIsRefusedToEmployees() throws Exception {
        mvc.perform(post("/api/v1/intake/aggregations/recompute").with(csrf()).with(TestUsers.as(HR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + year + "-01\",\"to\":\"" + year + "-02\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.jobId").exists());
        mvc.perform(post("/api/v1/intake/aggregations/recompute").with(csrf()).with(TestUsers.as(HR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2025-13\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(post("/api/v1/intake/aggregations/recompute").with(csrf()).with(TestUsers.as(TestUsers.user("agg-e2", team.staff().id())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"" + year + "-01\"}"))
                .andExpect(status().isForbidden());
    }
}
