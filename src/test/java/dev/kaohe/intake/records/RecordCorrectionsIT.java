package dev.kaohe.intake.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.ActualView;
import dev.kaohe.intake.Actuals;
import dev.kaohe.intake.BatchStatus;
import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.Intake;
import dev.kaohe.intake.IntakeResult;
import dev.kaohe.intake.RecordBatchView;
import dev.kaohe.intake.RecordFilter;
import dev.kaohe.intake.RecordImports;
import dev.kaohe.intake.RecordResult;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordView;
import dev.kaohe.intake.aggregation.Recompute;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Corrections of business records: supersession by reference, withdrawal, duplicates by content, the date window,
 * recompute failures, and who sees team and region values.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordCorrectionsIT {

    private static final CurrentUser HR = TestUsers.user("corrections-hr", null, Role.HR);
    private static final CurrentUser TOKEN = TestUsers.token("corrections-token", ApiScope.INTAKE_WRITE);
    private static final AtomicInteger YEAR = new AtomicInteger(2070);
    private static final String HEADER = "员工编号,订单编号,订单日期,金额,客户,区域\n";

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordImports imports;
    @Autowired Intake intake;
    @Autowired Actuals actuals;
    @Autowired Recompute recompute;

    private OrgFixture.Team team;
    private String staff;
    private int year;

    @BeforeAll
    void team() {
        team = fixture.team();
        staff = team.staff().employeeNo();
    }

    @BeforeEach
    void freshYear() {
        // every test reads its own year, so records of the other tests never count
        year = YEAR.incrementAndGet();
    }

    @Test
    void aRowWithTheSameReferenceSupersedesTheEarlierOneAndOnlyCurrentRowsCount() {
        String r = OrgFixture.unique("S");
        RecordBatchView first = commit(csv(order(r + "-1", year + "-03-10", "100"), order(r + "-2", year + "-03-11", "200")));
        assertThat(sales(year + "-03")).isEqualTo("300");

        // the correction moves order 1 to April and changes its amount: both months are recomputed
        RecordBatchView correction = commit(csv(order(r + "-1", year + "-04-02", "150")));
        assertThat(asHr(() -> imports.superseded(correction.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select superseded_by from business_record where batch_id = ? and reference = ?",
                UUID.class, first.id(), r + "-1")).isEqualTo(correction.id());
        assertThat(sales(year + "-03")).isEqualTo("200");
        assertThat(sales(year + "-04")).isEqualTo("150");

        List<RecordView> listed = asHr(() -> imports.records(new RecordFilter(RecordType.ORDER, staff, null, null, null, r + "-1"),
                PageRequest.of(0, 10)).getContent());
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.batchId()).isEqualTo(correction.id());
            assertThat(v.supersededBy()).isNull();
        });
        // the first batch's own list still shows its superseded row, marked
        List<RecordView> ofFirst = asHr(() -> imports.records(new RecordFilter(RecordType.ORDER, null, null, null, first.id(), null),
                PageRequest.of(0, 10)).getContent());
        assertThat(ofFirst).extracting(RecordView::supersededBy).containsExactlyInAnyOrder(correction.id(), null);

        // rows without a reference never supersede: two surveys of the same day both count
        String day = year + "-03-20";
        RecordResult one = as(TOKEN, () -> imports.ingest(RecordType.SURVEY, List.of(java.util.Map.of("employeeNo", staff, "date", day,
                "nps", 9)), CommitMode.ALL_OR_NOTHING, null));
        RecordResult two = as(TOKEN, () -> imports.ingest(RecordType.SURVEY, List.of(java.util.Map.of("employeeNo", staff, "date", day,
                "nps", 3)), CommitMode.ALL_OR_NOTHING, null));
        assertThat(jdbc.queryForList("select superseded_by from business_record where batch_id in (?, ?)", UUID.class,
                one.batchId(), two.batchId())).hasSize(2).containsOnlyNulls();
    }

    @Test
    void withdrawingACorrectionMakesTheRowsItSupersededCountAgainAndIsAudited() throws Exception {
        String r = OrgFixture.unique("W");
        RecordBatchView first = commit(csv(order(r + "-1", year + "-05-10", "100"), order(r + "-2", year + "-05-11", "200")));
        RecordBatchView correction = commit(csv(order(r + "-1", year + "-05-10", "500")));
        assertThat(sales(year + "-05")).isEqualTo("700");

        assertThatThrownBy(() -> asHr(() -> imports.withdraw(correction.id(), "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("reason"));
        // only HR and admins withdraw; a token may not
        mvc.perform(post("/api/v1/intake/records/batches/{id}/withdraw", correction.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}").header("Authorization", "x").with(TestUsers.as(TOKEN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/intake/records/batches/{id}/withdraw", correction.id()).with(csrf()).with(TestUsers.as(HR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"wrong amounts from CRM\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));

        assertThat(sales(year + "-05")).isEqualTo("300");
        assertThat(jdbc.queryForObject("select superseded_by from business_record where batch_id = ? and reference = ?",
                UUID.class, first.id(), r + "-1")).isNull();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_id = ? order by seq", String.class,
                correction.id().toString())).contains("intake.records.withdraw");
        assertThatThrownBy(() -> asHr(() -> imports.withdraw(correction.id(), "again"))).isInstanceOf(ConflictException.class);

        // the page shows who withdrew it and why, and offers no second withdrawal
        mvc.perform(get("/intake/records/batches/{id}", correction.id()).with(TestUsers.as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("wrong amounts from CRM")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"record-withdraw\""))));
        // withdrawing the first batch too leaves nothing in the month
        mvc.perform(post("/intake/records/batches/{id}/withdraw", first.id()).with(csrf()).with(TestUsers.as(HR))
                .param("reason", "duplicate export")).andExpect(status().is3xxRedirection());
        assertThat(sales(year + "-05")).isNull();
    }

    @Test
    void theSameRowsAgainAsXlsxReorderedOrThroughTheApiAreADuplicateAndChangeNothing() throws Exception {
        String r = OrgFixture.unique("D");
        RecordBatchView csv = commit(csv(order(r + "-1", year + "-06-01", "100.00"), order(r + "-2", year + "-06-02", "12.5万")));
        assertThat(sales(year + "-06")).isEqualTo("125100");

        byte[] xlsx = xlsx(List.of("员工编号", "订单编号", "订单日期", "金额", "客户", "区域"),
                List.of(staff, r + "-2", year + "-06-02", "125000", "客户", ""),
                List.of(staff, r + "-1", year + "-06-01", "100", "客户", ""));
        UUID again = upload("again.xlsx", xlsx, null);
        assertThat(asHr(() -> imports.preview(again)).alreadyImported()).isNotNull()
                .extracting(RecordBatchView::id).isEqualTo(csv.id());
        asHr(() -> imports.commit(again, CommitMode.ALL_OR_NOTHING));
        RecordBatchView duplicate = asHr(() -> imports.batch(again));
        assertThat(duplicate.status()).isEqualTo(BatchStatus.DUPLICATE);
        assertThat(duplicate.duplicateOf()).isEqualTo(csv.id());

        RecordResult api = as(TOKEN, () -> imports.ingest(RecordType.ORDER, List.of(
                java.util.Map.of("employeeNo", staff, "reference", r + "-1", "date", year + "-06-01", "amount", 100, "customer", "客户"),
                java.util.Map.of("employeeNo", staff, "reference", r + "-2", "date", year + "-06-02", "amount", "125000", "customer", "客户")),
                CommitMode.ALL_OR_NOTHING, null));
        assertThat(api.status()).isEqualTo(BatchStatus.DUPLICATE);
        assertThat(jdbc.queryForObject("select count(*) from business_record where reference like ?", Integer.class, r + "-%"))
                .isEqualTo(2);
        assertThat(sales(year + "-06")).isEqualTo("125100");
    }

    @Test
    void afterAValidRowsCommitTheFixedFullFileSupersedesByReferenceAndCountsNothingTwice() {
        String r = OrgFixture.unique("V");
        byte[] partial = csv(order(r + "-1", year + "-09-01", "100"), order(r + "-2", year + "-09-02", "abc"));
        UUID first = upload("partial.csv", partial, null);
        asHr(() -> imports.commit(first, CommitMode.VALID_ROWS));
        assertThat(sales(year + "-09")).isEqualTo("100");

        RecordBatchView fixed = commit(csv(order(r + "-1", year + "-09-01", "100"), order(r + "-2", year + "-09-02", "50")));
        assertThat(fixed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(asHr(() -> imports.superseded(fixed.id()))).isEqualTo(1);
        assertThat(sales(year + "-09")).isEqualTo("150");

        // the partial file once more: the same valid rows as the first batch, so nothing changes
        UUID again = upload("partial-again.csv", partial, null);
        asHr(() -> imports.commit(again, CommitMode.VALID_ROWS));
        assertThat(asHr(() -> imports.batch(again)).status()).isEqualTo(BatchStatus.DUPLICATE);
        assertThat(sales(year + "-09")).isEqualTo("150");
    }

    @Test
    void rowsOutsideTheChosenPeriodOrTheAllowedWindowAreProblems() {
        String r = OrgFixture.unique("O");
        UUID id = upload("window.csv", csv(order(r + "-1", year + "-07-31", "1"), order(r + "-2", year + "-08-01", "1")), year + "-07");
        assertThat(problems(id)).containsExactly("3:date:outsidePeriod");
        UUID quarter = upload("quarter.csv", csv(order(r + "-3", year + "-09-30", "1"), order(r + "-4", year + "-06-30", "1")), year + "Q3");
        assertThat(problems(quarter)).containsExactly("3:date:outsidePeriod");
        // the tests allow 100 years ahead and 250 back (config/application.yml); the defaults are 0 days ahead and 24 months back
        UUID far = upload("far.csv", csv(order(r + "-5", "2200-01-01", "1"), order(r + "-6", "1700-01-01", "1")), null);
        assertThat(problems(far)).containsExactly("2:date:inFuture", "3:date:tooOld");
        assertThatThrownBy(() -> upload("bad.csv", csv(order(r + "-7", year + "-07-01", "1")), "July"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("period"));

        // direct actuals: a period outside the window is a problem, and VALID_ROWS imports the rest and says what it left out
        String code = "SALES_AMOUNT";
        IntakeResult result = asHr(() -> intake.ingest(List.of(new ActualRow(staff, code, year + "-07", "5", "ERP", null),
                new ActualRow(staff, code, "2300-01", "6", "ERP", null), new ActualRow("NOBODY", code, year + "-07", "7", "ERP", null)),
                null, CommitMode.VALID_ROWS));
        assertThat(result.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.leftOut()).extracting(p -> p.row()).containsExactly(2, 3);
        assertThatThrownBy(() -> asHr(() -> intake.ingest(List.of(new ActualRow(staff, code, "2300-02", "6", "ERP", null)), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDirectUploadCommitsItsValidRowsAndListsTheRowsItLeftOut() throws Exception {
        String file = "员工编号,指标编码,期间,数值\n" + staff + ",SALES_AMOUNT," + year + "-08,9\n" + staff + ",NO_SUCH," + year + "-08,1\n";
        UUID id = asHr(() -> intake.upload("direct.csv", file.getBytes(StandardCharsets.UTF_8), "ERP"));
        mvc.perform(get("/intake/batches/{id}", id).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"intake-commit-valid\"")));
        mvc.perform(post("/intake/batches/{id}/commit", id).with(csrf()).with(TestUsers.as(HR)).param("mode", "VALID_ROWS"))
                .andExpect(status().is3xxRedirection());
        assertThat(asHr(() -> intake.batch(id))).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
            assertThat(b.skipped()).isEqualTo(1);
        });
        mvc.perform(get("/intake/batches/{id}", id).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"intake-left-out\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NO_SUCH")));
    }

    @Test
    void aFailedRecomputeIsNotedOnTheBatchAndInterruptedRunsFailAndAreRetriedAtStart() {
        long broken = jdbc.queryForObject("""
                insert into aggregation_definition (indicator_code, record_type, measure, grouping, period_kind, filter)
                values ('ZZ_BROKEN_TEST', 'ORDER', 'COUNT', 'EMPLOYEE', 'MONTH', 'no condition here') returning id""", Long.class);
        RecordBatchView batch;
        try {
            batch = commit(csv(order(OrgFixture.unique("F"), year + "-02-01", "1")));
        } finally {
            jdbc.update("delete from aggregation_definition where id = ?", broken);
        }
        assertThat(batch.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(asHr(() -> imports.batch(batch.id())).message()).contains("no condition here");
        assertThat(jdbc.queryForObject("select status from aggregation_run where batch_id = ? order by started_at desc limit 1",
                String.class, batch.id())).isEqualTo("FAILED");

        UUID interrupted = UUID.randomUUID();
        jdbc.update("""
                insert into aggregation_run (id, trigger, batch_id, record_type, first_month, last_month, started_by, started_at, status)
                values (?, 'RECORDS', ?, 'ORDER', ?, ?, 'system', now(), 'RUNNING')""",
                interrupted, batch.id(), year + "-02", year + "-02");
        recompute.recoverInterrupted();
        assertThat(jdbc.queryForObject("select status || ':' || message from aggregation_run where id = ?", String.class, interrupted))
                .isEqualTo("FAILED:" + Recompute.INTERRUPTED);
        assertThat(jdbc.queryForList("select status from aggregation_run where batch_id = ? and started_by = 'retry: system'",
                String.class, batch.id())).containsExactly("DONE");
        assertThat(sales(year + "-02")).isEqualTo("1");
    }

    @Test
    void teamAndRegionValuesAreSeenByTheirManagersAndNotByOtherTeams() {
        String regionCode = OrgFixture.unique("RG");
        long region = jdbc.queryForObject("insert into region (code, name, level) values (?, ?, 'CITY') returning id", Long.class,
                regionCode, "测试城市");
        String r = OrgFixture.unique("T");
        commit(csv(order(r + "-1", year + "-01-15", "100", regionCode), order(r + "-2", year + "-02-15", "50", regionCode),
                order(r + "-3", year + "-02-16", "7", "")));
        // REGION grouping: the records' region code names the region
        assertThat(jdbc.queryForList("""
                select trim(trailing '.' from trim(trailing '0' from value::text)) from indicator_actual
                 where current and region_id = ? and indicator_code = 'SALES_AMOUNT' and period = ?""", String.class,
                region, year + "Q1")).containsExactly("150");
        long unitActual = jdbc.queryForObject("""
                select id from indicator_actual where current and org_unit_id = ? and indicator_code = 'SALES_AMOUNT' and period = ?""",
                Long.class, team.unit().id(), year + "Q1");
        long regionActual = jdbc.queryForObject("""
                select id from indicator_actual where current and region_id = ? and indicator_code = 'SALES_AMOUNT' and period = ?""",
                Long.class, region, year + "Q1");

        CurrentUser lead = TestUsers.user("corr-lead-" + team.lead().id(), team.lead().id(), Role.MANAGER);
        ActualView seen = as(lead, () -> actuals.get(unitActual));
        assertThat(seen.orgUnitId()).isEqualTo(team.unit().id());
        assertThat(seen.value()).isEqualByComparingTo("157");
        assertThat(as(lead, () -> actuals.lineage(unitActual)).versions()).extracting(ActualView::id).contains(unitActual);
        assertThat(as(HR, () -> actuals.get(regionActual)).regionId()).isEqualTo(region);

        OrgFixture.Team otherTeam = fixture.team();
        CurrentUser otherLead = TestUsers.user("corr-other-" + otherTeam.lead().id(), otherTeam.lead().id(), Role.MANAGER);
        CurrentUser plainStaff = TestUsers.user("corr-staff-" + team.staff().id(), team.staff().id());
        assertThatThrownBy(() -> as(otherLead, () -> actuals.get(unitActual))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(plainStaff, () -> actuals.get(unitActual))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(lead, () -> actuals.get(regionActual))).isInstanceOf(NotFoundException.class);
    }

    // ---- helpers

    private String order(String reference, String day, String amount) {
        return order(reference, day, amount, "");
    }

    private String order(String reference, String day, String amount, String region) {
        return staff + "," + reference + "," + day + ",\"" + amount + "\",客户," + region + "\n";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** The staff member's current monthly sales, as text without trailing zeros; null for none. */
    private String sales(String month) {
        List<String> values = jdbc.queryForList("""
                select trim(trailing '.' from trim(trailing '0' from value::text)) from indicator_actual
                 where current and employee_id = ? and indicator_code = 'SALES_AMOUNT' and period = ?""", String.class,
                team.staff().id(), month);
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> problems(UUID id) {
        return jdbc.queryForList("""
                select row_number || ':' || field || ':' || reason from intake_record_problem where batch_id = ?
                 order by row_number, field""", String.class, id);
    }

    private UUID upload(String name, byte[] content, String period) {
        return asHr(() -> imports.upload(RecordType.ORDER, name, new ByteArrayInputStream(content), content.length, "TEST", period)
                .batchId());
    }

    private RecordBatchView commit(byte[] csv) {
        UUID id = upload("orders.csv", csv, null);
        RecordBatchView batch = asHr(() -> imports.batch(id));
        assertThat(batch.problems()).as("problems").isZero();
        asHr(() -> imports.commit(id, CommitMode.ALL_OR_NOTHING));
        return asHr(() -> imports.batch(id));
    }

    @SafeVarargs
    private static byte[] xlsx(List<String> header, List<String>... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("x");
            var head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                var data = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].size(); i++) {
                    if (!rows[r].get(i).isEmpty()) {
                        data.createCell(i).setCellValue(rows[r].get(i));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

    private static <T> T asHr(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(HR, () -> result.set(work.get()));
        return result.get();
    }
}
