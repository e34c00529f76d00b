package dev.kaohe.intake.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.BatchStatus;
import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.RecordBatchView;
import dev.kaohe.intake.RecordImports;
import dev.kaohe.intake.RecordResult;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordsCommitted;
import dev.kaohe.org.OrgFixture;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.jobs.BackgroundJobs;
import dev.kaohe.platform.jobs.JobView;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordImportIT {

    private static final CurrentUser HR = TestUsers.user("records-hr", null, Role.HR);
    private static final CurrentUser TOKEN = TestUsers.token("records-token", ApiScope.INTAKE_WRITE);

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired RecordImports imports;
    @Autowired BackgroundJobs jobs;
    @Autowired ApplicationEvents events;

    private String staff;
    private String lead;

    @BeforeAll
    void team() {
        OrgFixture.Team team = fixture.team();
        staff = team.staff().employeeNo();
        lead = team.lead().employeeNo();
    }

    // ---- formats

    @Test
    void ordersReadFromUtf8WithAndWithoutBomGbkAndXlsxWithChineseOrEnglishHeaders() throws Exception {
        String zh = "员工编号,订单编号,订单日期,金额,客户,新客户\r\n";
        String en = "Employee No.,Order No.,Order date,Amount,Customer,New customer\r\n";
        String ref = OrgFixture.unique("F");
        RecordBatchView bom = commit(upload(RecordType.ORDER, "bom.csv",
                ("\uFEFF" + zh + staff + "," + ref + "-1,2025-07-01,12.5万,华东贸易,是\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
        RecordBatchView plain = commit(upload(RecordType.ORDER, "plain.csv",
                (en + staff + "," + ref + "-2,2025/7/2,\"1,234.5\",East Ltd,no\r\n").getBytes(StandardCharsets.UTF_8)));
        RecordBatchView gbk = commit(upload(RecordType.ORDER, "gbk.csv",
                (zh + staff + "," + ref + "-3,2025年7月3日,300,上海客户,老客户\r\n").getBytes(Charset.forName("GBK"))));
        RecordBatchView xlsx = commit(upload(RecordType.ORDER, "orders.xlsx", xlsx(
                List.of("员工编号 / Employee No.", "订单编号 / Order No.", "订单日期 / Order date", "金额 / Amount"),
                List.of(staff, ref + "-4", "2025-07-04", "88"))));
        for (RecordBatchView b : List.of(bom, plain, gbk, xlsx)) {
            assertThat(b.status()).isEqualTo(BatchStatus.COMMITTED);
            assertThat(b.rows()).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("""
                select reference || '=' || trim(trailing '.' from trim(trailing '0' from amount::text)) || '@' || occurred_on
                       || '/' || coalesce(customer, '-') || '/' || coalesce(new_customer::text, '-')
                  from business_record where reference like ? order by reference""", String.class, ref + "-%"))
                .containsExactly(ref + "-1=125000@2025-07-01/华东贸易/true", ref + "-2=1234.5@2025-07-02/East Ltd/false",
                        ref + "-3=300@2025-07-03/上海客户/false", ref + "-4=88@2025-07-04/-/-");
    }

    @Test
    void templatesOfEveryTypeCarryBothHeaderLanguagesAndImportBackWithoutRows() throws Exception {
        for (RecordType type : RecordType.values()) {
            byte[] csv = mvc.perform(get("/intake/records/templates/{t}.csv", type.name().toLowerCase()).with(TestUsers.as(HR)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF员工编号 / Employee No.");
            byte[] xlsx = mvc.perform(get("/intake/records/templates/{t}.xlsx", type).with(TestUsers.as(HR)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            for (byte[] template : List.of(csv, xlsx)) {
                RecordBatchView batch = asHr(() -> imports.batch(upload(type, "template", template)));
                assertThat(batch.problems()).as(type + " template").isZero();
                assertThat(batch.rows()).isZero();
            }
        }
    }

    // ---- rules of each type

    @Test
    void everyTypeListsEachProblemByRowFieldValueAndReason() {
        String r = OrgFixture.unique("P");
        expectProblems(RecordType.ORDER, "员工编号,订单编号,订单日期,金额\n"
                        + staff + "," + r + "o1,2025-07-01,100\n"
                        + "NOBODY," + r + "o2,2025-07-01,100\n"
                        + staff + "," + r + "o3,2025-02-30,-5\n"
                        + staff + "," + r + "o1,2025-07-01,abc\n",
                "3:employeeNo:unknownEmployee", "4:date:badDate", "4:amount:negative", "5:amount:badNumber", "5:reference:duplicate:2");
        expectProblems(RecordType.COLLECTION, "Employee No.,Receipt No.,Collection date,Amount collected,Amount due\n"
                        + staff + "," + r + "c1,2025-07-31,95000,100000\n"
                        + staff + ",," + "2025-07-31,1,-1\n",
                "3:reference:required", "3:amountDue:negative");
        expectProblems(RecordType.LEAD, "员工编号,线索编号,创建时间,线索来源,转化时间\n"
                        + staff + "," + r + "l1,2025-07-01 09:30,官网,2025-07-20 16:00\n"
                        + staff + "," + r + "l2,2025-07-20 09:30,官网,2025-07-01 16:00\n"
                        + staff + "," + r + "l3,yesterday,官网,\n",
                "3:converted:earlierThan:created", "4:created:badDateTime");
        expectProblems(RecordType.SURVEY, "员工编号,调研日期,NPS,CSAT,CES\n"
                        + staff + ",2025-07-10,9,5,2\n"
                        + staff + ",2025-07-10,11,0,9\n"
                        + staff + ",2025-07-10,7.5,,\n"
                        + staff + ",2025-07-10,,,\n",
                "3:nps:npsRange:0–10", "3:csat:csatRange:1–5", "3:ces:cesRange:1–7", "4:nps:npsRange:0–10", "5:nps:noScore");
        expectProblems(RecordType.COMPLAINT, "员工编号,工单号,受理时间,首次响应时间,解决时间,严重程度\n"
                        + staff + "," + r + "t1,2025-07-02 10:00,2025-07-02 10:45,2025-07-03 18:00,一般\n"
                        + staff + "," + r + "t2,2025-07-02 10:00,2025-07-02 09:00,2025-07-01 18:00,严重严重严重严重严重严重严重严重严重严重严重\n",
                "3:firstResponse:earlierThan:received", "3:resolved:earlierThan:received", "3:resolved:earlierThan:firstResponse",
                "3:severity:tooLong:20");
        expectProblems(RecordType.TRAINING, "员工编号,日期,课程或证书,学时,是否通过\n"
                        + staff + ",2025-07-05,顾问式销售,8,是\n"
                        + staff + ",2025-07-05,,八,也许\n",
                "3:course:required", "3:hours:badNumber", "3:passed:badYesNo");
        expectProblems(RecordType.KNOWLEDGE, "员工编号,贡献日期,类型,使用次数\n"
                        + staff + ",2025-07-08,模板,35\n"
                        + staff + ",,教程,1\n",
                "3:date:required");
        expectProblems(RecordType.REQUEST, "Employee No.,Request No.,Requested,Responded,Closed\n"
                        + staff + "," + r + "q1,2025-07-03 09:00,2025-07-03 11:00,2025-07-04 17:00\n"
                        + staff + "," + r + "q2,2025-07-03 09:00,,2025-07-02 17:00\n",
                "3:closed:earlierThan:requested");
        expectProblems(RecordType.ORDER, "员工编号,订单日期\n" + staff + ",2025-07-01\n",
                "1:reference:missingColumn", "1:amount:missingColumn");
    }

    private void expectProblems(RecordType type, String csv, String... expected) {
        UUID id = upload(type, type + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.queryForList("""
                select row_number || ':' || field || ':' || reason || coalesce(':' || argument, '')
                  from intake_record_problem where batch_id = ? order by row_number, field""", String.class, id))
                .as(type.name()).containsExactlyInAnyOrder(expected);
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, id))
                .as("valid rows of " + type + " written for the commit").isEqualTo(expected[0].startsWith("1:") ? 0 : 1);
    }

    // ---- commit modes, problems download, duplicates

    @Test
    void allOrNothingRefusesABatchWithProblemsAndValidRowsCommitsTheRestAndListsWhatItLeftOut() throws Exception {
        String r = OrgFixture.unique("M");
        UUID id = upload(RecordType.ORDER, "mixed.csv", ("员工编号,订单编号,订单日期,金额\n"
                + staff + "," + r + "-1,2025-08-01,100\n"
                + "=HYPERLINK(\"http://x\")," + r + "-2,2025-08-01,100\n"
                + lead + "," + r + "-3,2025-08-02,200\n").getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(get("/intake/records/batches/{id}", id).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有此编号的员工", "id=\"mode-valid\"");
        assertThatThrownBy(() -> asHr(() -> imports.commit(id, CommitMode.ALL_OR_NOTHING))).isInstanceOf(InvalidInputException.class);
        assertThat(asHr(() -> imports.batch(id)).status()).isEqualTo(BatchStatus.PREVIEWED);

        events.clear();
        RecordResult result = asHr(() -> imports.commit(id, CommitMode.VALID_ROWS));
        assertThat(result.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(events.stream(RecordsCommitted.class))
                .containsExactly(new RecordsCommitted(id, RecordType.ORDER, java.time.YearMonth.of(2025, 8), java.time.YearMonth.of(2025, 8)));
        assertThat(jdbc.queryForList("select reference from business_record where batch_id = ? order by row_number", String.class, id))
                .containsExactly(r + "-1", r + "-3");
        assertThat(jdbc.queryForObject("select skipped_count from intake_batch where id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from intake_upload_chunk where batch_id = ?", Long.class, id)).isZero();

        byte[] skipped = mvc.perform(get("/intake/records/batches/{id}/problems.xlsx", id).with(TestUsers.as(HR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(skipped))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("员工编号");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        }
        mvc.perform(get("/intake/records/batches/{id}", id).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"skipped-download\"")));
    }

    @Test
    void theSameFileTwiceIsDetectedAndChangesNothing() {
        String r = OrgFixture.unique("D");
        byte[] file = ("员工编号,回款单号,回款日期,回款金额\n" + staff + "," + r + ",2025-09-01,500\n").getBytes(StandardCharsets.UTF_8);
        RecordBatchView first = commit(upload(RecordType.COLLECTION, "once.csv", file));
        UUID again = upload(RecordType.COLLECTION, "again.csv", file);
        assertThat(asHr(() -> imports.preview(again)).alreadyImported().id()).isEqualTo(first.id());
        events.clear();
        RecordBatchView second = commit(again);
        assertThat(second.status()).isEqualTo(BatchStatus.DUPLICATE);
        assertThat(second.duplicateOf()).isEqualTo(first.id());
        assertThat(events.stream(RecordsCommitted.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from business_record where reference = ?", Long.class, r)).isEqualTo(1);
    }

    // ---- REST

    @Test
    void apiCommitsAllOrNothingAnswersTheFirstResultForTheSameKeyAndRefusesOtherRowsWithIt() throws Exception {
        String r = OrgFixture.unique("A");
        String good = json.writeValueAsString(List.of(
                Map.of("employeeNo", staff, "reference", r + "-1", "received", "2025-07-02T10:00:00+08:00", "resolved", "2025-07-02 12:00"),
                Map.of("employeeNo", lead, "reference", r + "-2", "received", "2025-07-03 09:00")));
        JsonNode first = api("complaint", good, "key-" + r, 200);
        assertThat(first.get("status").asText()).isEqualTo("COMMITTED");
        assertThat(first.get("rows").asInt()).isEqualTo(2);
        JsonNode repeat = api("complaint", good, "key-" + r, 200);
        assertThat(repeat.get("batchId").asText()).isEqualTo(first.get("batchId").asText());
        assertThat(jdbc.queryForObject("select count(*) from business_record where reference like ?", Long.class, r + "-%")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select extract(epoch from ended_at - started_at) / 3600 from business_record where reference = ?",
                BigDecimal.class, r + "-1")).isEqualByComparingTo("2");
        api("complaint", json.writeValueAsString(List.of(Map.of("employeeNo", staff, "reference", r + "-9", "received", "2025-07-02 10:00"))),
                "key-" + r, 409);

        String mixed = json.writeValueAsString(List.of(
                Map.of("employeeNo", staff, "date", "2025-07-10", "nps", 9),
                Map.of("employeeNo", staff, "date", "2025-07-10", "nps", 12)));
        api("survey", mixed, null, 400);
        assertThat(jdbc.queryForObject("select count(*) from intake_batch where record_type = 'SURVEY' and content_hash = "
                + "(select content_hash from intake_batch where false)", Long.class)).isZero();
        JsonNode valid = apiMode("survey", mixed, "VALID_ROWS", 200);
        assertThat(valid.get("rows").asInt()).isEqualTo(1);
        assertThat(valid.get("skipped").asInt()).isEqualTo(1);
        assertThat(valid.get("skippedProblems").get(0).get("row").asInt()).isEqualTo(2);
        mvc.perform(get("/api/v1/intake/records/batches/{id}", valid.get("batchId").asText()).header("Authorization", "x")
                        .with(TestUsers.as(TOKEN)))
                .andExpect(status().isOk());
        api("survey", json.writeValueAsString(List.of(Map.of("employeeNo", staff, "date", "2025-07-10", "nsp", 9))), null, 400);
    }

    // ---- large files, cancel, recovery, retention

    @Test
    void fiftyThousandRowsStreamThroughTheBackgroundCheckAndCommit() throws Exception {
        String r = OrgFixture.unique("L");
        int rows = 50_000;
        byte[] file = orders(r, rows);
        String jobPage = mvc.perform(multipart("/intake/records").file(new MockMultipartFile("file", "big.csv", "text/csv", file))
                        .param("type", "ORDER").with(csrf()).with(TestUsers.as(HR)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jobPage).startsWith("/jobs/");
        JobView check = await(UUID.fromString(jobPage.substring("/jobs/".length())));
        assertThat(check.status()).isEqualTo(JobView.JobStatus.DONE);
        UUID id = UUID.fromString(check.resultLink().substring("/intake/records/batches/".length()));
        RecordBatchView checked = asHr(() -> imports.batch(id));
        assertThat(checked.rows()).isEqualTo(rows);
        assertThat(checked.problems()).isZero();
        RecordResult result = asHr(() -> imports.commit(id, CommitMode.ALL_OR_NOTHING));
        assertThat(result.status()).isEqualTo(BatchStatus.RUNNING);
        assertThat(await(result.jobId()).status()).isEqualTo(JobView.JobStatus.DONE);
        assertThat(asHr(() -> imports.batch(id)).status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, id)).isEqualTo(rows);

        mvc.perform(get("/intake/records/list").param("type", "ORDER").param("batch", id.toString()).with(TestUsers.as(HR)))
                .andExpect(status().isOk());
        byte[] export = mvc.perform(get("/intake/records/list.xlsx").param("type", "ORDER").param("reference", r + "-7")
                .with(TestUsers.as(HR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(r + "-7");
        }
    }

    @Test
    void aCancelledCheckLeavesNoRowsAndNoFile() throws Exception {
        byte[] file = orders(OrgFixture.unique("C"), 60_000);
        AtomicReference<RecordImports.Started> started = new AtomicReference<>();
        TestUsers.runAs(HR, () -> {
            started.set(imports.upload(RecordType.ORDER, "cancel.csv", new ByteArrayInputStream(file), file.length, null));
            jobs.cancel(started.get().jobId());
        });
        assertThat(await(started.get().jobId()).status()).isEqualTo(JobView.JobStatus.CANCELLED);
        UUID id = started.get().batchId();
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_upload_chunk where batch_id = ?", Long.class, id)).isZero();
    }

    @Test
    void aBatchLeftRunningWithRowsByAKilledProcessIsFailedAndEmptiedAtStart() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into intake_batch (id, record_type, channel, content_hash, imported_by, importer_name, created_at, status)
                values (?, 'ORDER', 'UPLOAD', ?, 1, 'hr', now(), 'RUNNING')""", id, "e".repeat(64));
        jdbc.update("insert into intake_upload_chunk (batch_id, seq, data) values (?, 0, ?)", id, new byte[] {1, 2});
        for (int row = 2; row < 5; row++) {
            jdbc.update("""
                    insert into business_record (batch_id, row_number, record_type, employee_id, employee_no, occurred_on, amount)
                    select ?, ?, 'ORDER', id, employee_no, date '2025-07-01', 1 from employee where employee_no = ?""", id, row, staff);
        }
        imports.recover();
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_upload_chunk where batch_id = ?", Long.class, id)).isZero();
    }

    @Test
    void previewsNeverCommittedAreRemovedAfterTheRetention() {
        UUID id = upload(RecordType.ORDER, "old.csv", ("员工编号,订单编号,订单日期,金额\n" + staff + "," + OrgFixture.unique("R")
                + ",2025-07-01,1\n").getBytes(StandardCharsets.UTF_8));
        UUID fresh = upload(RecordType.ORDER, "fresh.csv", ("员工编号,订单编号,订单日期,金额\n" + staff + "," + OrgFixture.unique("R")
                + ",2025-07-01,1\n").getBytes(StandardCharsets.UTF_8));
        jdbc.update("update intake_batch set created_at = now() - interval '30 days' where id = ?", id);
        imports.expireOldPreviews();
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_upload_chunk where batch_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?", String.class, fresh)).isEqualTo("PREVIEWED");
        assertThat(jdbc.queryForObject("select count(*) from business_record where batch_id = ?", Long.class, fresh)).isEqualTo(1);
    }

    // ---- helpers

    private byte[] orders(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("员工编号,订单编号,订单日期,金额,客户\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i % 2 == 0 ? staff : lead).append(',').append(prefix).append('-').append(i).append(",2025-")
                    .append(String.format("%02d", i % 12 + 1)).append("-15,\"").append(String.format("%,d", 1000 + i)).append("\",客户")
                    .append(i % 100).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JobView await(UUID job) throws InterruptedException {
        JobView view = null;
        for (int i = 0; i < 1200 && (view == null || !view.finished()); i++) {
            Thread.sleep(100);
            view = asHr(() -> jobs.get(job));
        }
        return view;
    }

    private UUID upload(RecordType type, String name, byte[] content) {
        return asHr(() -> imports.upload(type, name, new ByteArrayInputStream(content), content.length, "TEST").batchId());
    }

    private RecordBatchView commit(UUID id) {
        RecordBatchView batch = asHr(() -> imports.batch(id));
        assertThat(batch.problems()).as("problems of " + batch.fileName()).isZero();
        asHr(() -> imports.commit(id, CommitMode.ALL_OR_NOTHING));
        return asHr(() -> imports.batch(id));
    }

    private JsonNode api(String type, String body, String key, int expected) throws Exception {
        var request = post("/api/v1/intake/records/{type}", type).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "x").with(TestUsers.as(TOKEN));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        String response = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private JsonNode apiMode(String type, String body, String mode, int expected) throws Exception {
        String response = mvc.perform(post("/api/v1/intake/records/{type}", type).param("mode", mode)
                        .contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", "x").with(TestUsers.as(TOKEN)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private static byte[] xlsx(List<String> header, List<String> row) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("x");
            var head = sheet.createRow(0);
            var data = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                data.createCell(i).setCellValue(row.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private <T> T asHr(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(HR, () -> result.set(work.get()));
        return result.get();
    }
}
