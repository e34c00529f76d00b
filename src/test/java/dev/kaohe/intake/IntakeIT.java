package dev.kaohe.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.OrgFixture;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeIT {

    private static final CurrentUser HR = TestUsers.user("intake-hr", null, Role.HR);
    private static final CurrentUser TOKEN = TestUsers.token("intake-token", ApiScope.INTAKE_WRITE);
    private static final String HEADER = "员工编号,指标编码,期间,数值,来源系统,备注\r\n";

    @Autowired MockMvc mvc;
    @Autowired OrgFixture fixture;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Intake intake;
    @Autowired dev.kaohe.platform.jobs.BackgroundJobs jobs;

    private OrgFixture.Team team;

    @BeforeAll
    void team() {
        team = fixture.team();
        jdbc.update("update indicator set active = false where code = 'OUTPUT_PER_STORE'");
    }

    @Test
    void dryRunListsEveryProblemByRowAndColumnAndCommitsNothing() throws Exception {
        String staff = team.staff().employeeNo();
        String csv = HEADER
                + staff + ",SALES_AMOUNT,2025-07,\"1,234.5\",CRM,\r\n"          // row 2 fine
                + "NOBODY,SALES_AMOUNT,2025-07,1,,\r\n"                         // row 3 unknown employee
                + staff + ",NO_SUCH,2025-07,1,,\r\n"                            // row 4 unknown indicator
                + staff + ",OUTPUT_PER_STORE,2025-07,1,,\r\n"                   // row 5 inactive
                + staff + ",NEW_CUSTOMERS,2025-13,1,,\r\n"                      // row 6 bad period
                + staff + ",LEAD_COUNT,2025Q3,abc,,\r\n"                        // row 7 bad number
                + staff + ",NEW_CUSTOMERS,2025年第3季度,-2,,\r\n"                // row 8 negative count
                + "\r\n"
                + staff + ",SALES_AMOUNT,2025年7月,5,,\r\n";                     // row 10 duplicate of row 2
        String batch = upload("problems.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(get(batch).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有此编号的员工", "没有此编码的指标", "此指标已停用", "不是有效期间", "不是数字",
                "不能为负数", "已在第 2 行出现");
        byte[] problems = mvc.perform(get(batch + "/problems.xlsx").with(TestUsers.as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(problems))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            List<String> rowAndColumn = new java.util.ArrayList<>();
            for (int r = 1; r <= 7; r++) {
                rowAndColumn.add((int) sheet.getRow(r).getCell(0).getNumericCellValue() + ":" + sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(rowAndColumn).containsExactly("3:员工编号 / Employee No.", "4:指标编码 / Indicator code",
                    "5:指标编码 / Indicator code", "6:期间 / Period", "7:数值 / Value", "8:数值 / Value", "10:员工编号 / Employee No.");
        }
        mvc.perform(post(batch + "/commit").with(csrf()).with(TestUsers.as(HR))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from indicator_actual where employee_no = ? and period like '2025%'", Long.class, staff)).isZero();
    }

    @Test
    void theProblemListEscapesValuesThatASpreadsheetWouldRunAsFormulas() throws Exception {
        String csv = HEADER + "=HYPERLINK(\"http://x\"),SALES_AMOUNT,2025-07,1,,\r\n";
        String batch = upload("formula.csv", csv.getBytes(StandardCharsets.UTF_8));
        byte[] problems = mvc.perform(get(batch + "/problems.xlsx").with(TestUsers.as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(problems))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void utf8BomGbkAndXlsxAllImportAndTheSameFileTwiceChangesNothing() throws Exception {
        String no = team.lead().employeeNo();
        String bom = "\uFEFF" + HEADER + no + ",SALES_AMOUNT,2025-01,12.5万,CRM,备注\r\n";
        String gbk = HEADER + no + ",SALES_AMOUNT,2025-02,\"1,000\",CRM,中文备注\r\n";
        commit(upload("bom.csv", bom.getBytes(StandardCharsets.UTF_8)));
        commit(upload("gbk.csv", gbk.getBytes(Charset.forName("GBK"))));
        commit(upload("a.xlsx", xlsx(no, "SALES_AMOUNT", "2025Q1", "300")));
        assertThat(jdbc.queryForList("select period || '=' || trim(trailing '.' from trim(trailing '0' from value::text)) from indicator_actual where employee_no = ? order by period",
                String.class, no)).containsExactly("2025-01=125000", "2025-02=1000", "2025Q1=300");
        assertThat(jdbc.queryForObject("select note from indicator_actual where employee_no = ? and period = '2025-02'", String.class, no))
                .isEqualTo("中文备注");
        long january = jdbc.queryForObject("select id from indicator_actual where employee_no = ? and period = '2025-01'", Long.class, no);
        mvc.perform(get("/intake/actuals/{id}", january).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<dd class=\"col-sm-9\" id=\"lineage-file\">bom.csv</dd>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<dd class=\"col-sm-9\" id=\"lineage-row\">2</dd>")));
        mvc.perform(get("/intake/actuals").param("employeeNo", no).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("125000")));

        String again = upload("bom-again.csv", bom.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(get(again).with(TestUsers.as(HR))).andReturn().getResponse().getContentAsString()).contains("already-imported");
        commit(again);
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?::uuid", String.class,
                again.substring(again.lastIndexOf('/') + 1))).isEqualTo("DUPLICATE");
        assertThat(jdbc.queryForObject("select count(*) from indicator_actual where employee_no = ?", Long.class, no)).isEqualTo(3);
    }

    @Test
    void apiIdempotencyKeyAnswersTheFirstResultAndACorrectionAddsAVersionWithLineage() throws Exception {
        String no = team.boss().employeeNo();
        String body = json.writeValueAsString(List.of(Map.of("employeeNo", no, "indicator", "NEW_CUSTOMERS",
                "period", "2025-08", "value", "7", "sourceSystem", "CRM")));
        JsonNode first = ingest(body, "key-" + no);
        assertThat(first.get("status").asText()).isEqualTo("COMMITTED");
        JsonNode repeat = ingest(body, "key-" + no);
        assertThat(repeat.get("batchId").asText()).isEqualTo(first.get("batchId").asText());
        assertThat(jdbc.queryForObject("select count(*) from intake_batch where idempotency_key = ?", Long.class, "key-" + no)).isEqualTo(1);

        String corrected = json.writeValueAsString(List.of(Map.of("employeeNo", no, "indicator", "NEW_CUSTOMERS",
                "period", "2025-08", "value", 9)));
        assertThat(ingest(corrected, "key2-" + no).get("replaced").asInt()).isEqualTo(1);

        JsonNode list = json.readTree(mvc.perform(get("/api/v1/intake/actuals").param("employeeNo", no).param("period", "2025-08")
                .header("Authorization", "x").with(TestUsers.as(TOKEN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.get("content")).hasSize(1);
        long id = list.get("content").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/intake/actuals/{id}/lineage", id).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.actual.value").value(9))
                .andExpect(jsonPath("$.actual.version").value(2))
                .andExpect(jsonPath("$.rowNumber").value(1))
                .andExpect(jsonPath("$.batch.channel").value("API"))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[1].value").value(7));

        mvc.perform(post("/api/v1/intake/actuals").contentType(MediaType.APPLICATION_JSON).header("Authorization", "x")
                        .content(json.writeValueAsString(List.of(Map.of("employeeNo", no, "indicator", "NEW_CUSTOMERS",
                                "period", "2025-09", "value", "x")))).with(TestUsers.as(TOKEN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value")));
    }

    @Test
    void readersSeeActualsWithinTheirReachAndOnlyImportersImport() throws Exception {
        String staffBody = json.writeValueAsString(List.of(Map.of("employeeNo", team.staff().employeeNo(), "indicator", "LEAD_COUNT",
                "period", "2024-12", "value", 3)));
        String peerBody = json.writeValueAsString(List.of(Map.of("employeeNo", team.peer().employeeNo(), "indicator", "LEAD_COUNT",
                "period", "2024-12", "value", 4)));
        ingest(staffBody, null);
        ingest(peerBody, null);
        long staffActual = jdbc.queryForObject("select id from indicator_actual where employee_no = ? and period = '2024-12'", Long.class, team.staff().employeeNo());
        long peerActual = jdbc.queryForObject("select id from indicator_actual where employee_no = ? and period = '2024-12'", Long.class, team.peer().employeeNo());
        CurrentUser employee = TestUsers.user("intake-e", team.staff().id());
        CurrentUser manager = TestUsers.user("intake-m", team.boss().id(), Role.MANAGER);
        mvc.perform(get("/api/v1/intake/actuals/{id}/lineage", staffActual).with(TestUsers.as(employee))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/intake/actuals/{id}/lineage", peerActual).with(TestUsers.as(employee))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/actuals/{id}", peerActual).with(TestUsers.as(employee))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intake/actuals/{id}/lineage", staffActual).with(TestUsers.as(manager))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/intake/actuals/{id}/lineage", peerActual).with(TestUsers.as(manager))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/actuals").param("period", "2024-12").with(TestUsers.as(employee))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(team.staff().employeeNo())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(team.peer().employeeNo()))));
        mvc.perform(post("/api/v1/intake/actuals").contentType(MediaType.APPLICATION_JSON).content(staffBody).with(csrf())
                .with(TestUsers.as(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/intake/actuals").contentType(MediaType.APPLICATION_JSON).content(staffBody)
                .header("Authorization", "x").with(TestUsers.as(TestUsers.token("intake-org", ApiScope.ORG_WRITE)))).andExpect(status().isForbidden());
    }

    @Test
    void aLargeCommitRunsAsABackgroundJobWithProgress() throws Exception {
        String no = team.other().employeeNo();
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 2500;
        for (int i = 0; i < rows; i++) {
            csv.append(no).append(",LEAD_COUNT,").append(1800 + i / 12).append('-').append(String.format("%02d", i % 12 + 1))
                    .append(',').append(i).append(",CRM,\r\n");
        }
        String batch = upload("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        String jobPage = mvc.perform(post(batch + "/commit").with(csrf()).with(TestUsers.as(HR)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jobPage).matches("/jobs/[0-9a-f-]{36}");
        java.util.UUID jobId = java.util.UUID.fromString(jobPage.substring("/jobs/".length()));
        dev.kaohe.platform.jobs.JobView job = null;
        for (int i = 0; i < 300 && (job == null || !job.finished()); i++) {
            Thread.sleep(100);
            job = asHr(() -> jobs.get(jobId));
        }
        assertThat(job.status()).isEqualTo(dev.kaohe.platform.jobs.JobView.JobStatus.DONE);
        assertThat(job.done()).isEqualTo(rows);
        assertThat(job.resultLink()).isEqualTo(batch);
        assertThat(jdbc.queryForObject("select count(*) from indicator_actual where employee_no = ?", Long.class, no)).isEqualTo(rows);
        mvc.perform(get(batch).with(TestUsers.as(HR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"batch-outcome\"")));
    }

    @Test
    void aBatchLeftRunningByAStoppedServerIsMarkedFailedAtStart() {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.update("""
                insert into intake_batch (id, channel, content_hash, imported_by, importer_name, created_at, status)
                values (?, 'UPLOAD', ?, 1, 'hr', now(), 'RUNNING')""", id, "f".repeat(64));
        intake.failAbandonedBatches();
        assertThat(jdbc.queryForObject("select status from intake_batch where id = ?", String.class, id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from indicator_actual where batch_id = ?", Long.class, id)).isZero();
    }

    private <T> T asHr(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        TestUsers.runAs(HR, () -> result.set(work.get()));
        return result.get();
    }

    private JsonNode ingest(String body, String key) throws Exception {
        var request = post("/api/v1/intake/actuals").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "x").with(TestUsers.as(TOKEN));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/intake").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("sourceSystem", "CRM").with(csrf()).with(TestUsers.as(HR)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private void commit(String batch) throws Exception {
        mvc.perform(post(batch + "/commit").with(csrf()).with(TestUsers.as(HR))).andExpect(status().is3xxRedirection());
    }

    private static byte[] xlsx(String... cells) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("s");
            var head = sheet.createRow(0);
            String[] headers = {"Employee No.", "Indicator code", "Period", "Value"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
