package dev.kaohe.org.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.kaohe.platform.jobs.BackgroundJobs;
import dev.kaohe.platform.jobs.JobView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.org.internal.Employee;
import dev.kaohe.org.internal.EmployeeRepository;
import dev.kaohe.org.internal.JobPositionRepository;
import dev.kaohe.org.internal.OrgUnitRepository;
import dev.kaohe.org.internal.RegionRepository;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import pages and API: who may use them, upload → preview → commit, and commits that must not happen twice. */
@IntegrationTest
class ImportPagesIT {

    static final CurrentUser HR = TestUsers.user("pages-hr", null, Role.HR);
    static final CurrentUser OTHER_HR = TestUsers.user("pages-hr-2", null, Role.HR);
    static final CurrentUser EMPLOYEE = TestUsers.user("pages-employee", 999_999L);
    static final CurrentUser WRITER = TestUsers.token("pages-writer", AccessPolicy.ORG_WRITE);
    static final CurrentUser READER = TestUsers.token("pages-reader", AccessPolicy.ORG_READ);
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

    @Autowired MockMvc mvc;
    @Autowired OrgImport orgImport;
    @Autowired OrgUnitRepository units;
    @Autowired JobPositionRepository positions;
    @Autowired RegionRepository regions;
    @Autowired EmployeeRepository employees;
    @Autowired BackgroundJobs jobs;

    ImportFixture org;

    @BeforeEach
    void organisation() {
        org = new ImportFixture(units, positions, regions, employees);
    }

    @Test
    void uploadPreviewAndCommitOnThePages() throws Exception {
        mvc.perform(get("/org/import").with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file\"")))
                .andExpect(content().string(containsString("id=\"import-preview\"")));
        String preview = upload(ImportFixture.csv(org.line(1, null), org.line(2, 1)));

        String page = mvc.perform(get(preview).with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-commit\"")))
                .andExpect(content().string(not(containsString("id=\"import-problems\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"summary-created\">2<");
        assertThat(org.exists(1)).as("preview writes nothing").isFalse();

        mvc.perform(post(preview + "/commit").param("fingerprint", fingerprint(page)).with(as(HR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(org.employee(2).getManagerId()).isEqualTo(org.employee(1).getId());
        mvc.perform(get(preview).with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-result\"")))
                .andExpect(content().string(containsString("新增 2 人")));

        mvc.perform(post(preview + "/commit").param("fingerprint", fingerprint(page)).with(as(HR)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importError", "该文件已经导入过。"));
    }

    @Test
    void aLargeCommitRunsInTheBackgroundWithAProgressBarAndLeadsBackToTheResult() throws Exception {
        String preview = upload(ImportFixture.csv(org.line(1, null), org.line(2, 1), org.line(3, 1)));
        String page = mvc.perform(get(preview).with(as(HR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"changes\" value=\"3\"");

        String jobPage = mvc.perform(post(preview + "/commit").param("fingerprint", fingerprint(page))
                        .param("changes", "100000").with(as(HR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jobPage).matches("/jobs/[0-9a-f-]{36}");

        JobView job = runAs(HR, () -> jobs.get(java.util.UUID.fromString(jobPage.substring("/jobs/".length()))));
        for (int i = 0; i < 300 && !job.finished(); i++) {
            Thread.sleep(100);
            UUID id = job.id();
            job = runAs(HR, () -> jobs.get(id));
        }
        assertThat(job.status()).isEqualTo(JobView.JobStatus.DONE);
        assertThat(job.done()).isEqualTo(3);
        assertThat(job.resultLink()).isEqualTo(preview);
        assertThat(org.employee(3).getManagerId()).isEqualTo(org.employee(1).getId());
        mvc.perform(get(jobPage).with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-result\"")));
    }

    @Test
    void aBadFileShowsItsProblemsWithoutACommitButtonAndOffersThemAsExcel() throws Exception {
        String preview = upload(ImportFixture.csv(org.line(1, null),
                org.no(2) + ",乙,NOPE," + org.position.getCode() + ",,,2024-01-01,,,,,,"));

        mvc.perform(get(preview).with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-problems\"")))
                .andExpect(content().string(containsString("部门不存在")))
                .andExpect(content().string(not(containsString("id=\"import-commit\""))));

        byte[] problems = mvc.perform(get(preview + "/problems.xlsx").with(as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImportFixture.read(problems)).hasSize(2).last().isEqualTo(List.of("3", "部门编码", "NOPE", "部门不存在"));
    }

    @Test
    void thePreviewNamesTheFieldsThatChange() throws Exception {
        org.store(1, null);
        String preview = upload(ImportFixture.csv(org.line(1, null).replace("员工1", "员工一")));

        mvc.perform(get(preview).with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"summary-changed\">1<")))
                .andExpect(content().string(containsString("姓名 × 1")))
                .andExpect(content().string(containsString("id=\"import-changes\"")))
                .andExpect(content().string(containsString("id=\"import-commit\"")));
        mvc.perform(get(preview).param("lang", "en").with(as(HR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Name × 1")));
    }

    @Test
    void anUploadBelongsToWhoeverUploadedIt() throws Exception {
        String preview = upload(ImportFixture.csv(org.line(1, null)));
        mvc.perform(get(preview).with(as(OTHER_HR))).andExpect(status().isNotFound());
    }

    @Test
    void onlyHrAdminsAndOrgWriteTokensMayImport() throws Exception {
        byte[] file = ImportFixture.csv(org.line(1, null)).getBytes(StandardCharsets.UTF_8);
        mvc.perform(get("/org/import").with(as(EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(get("/org/import/template.xlsx").with(as(EMPLOYEE))).andExpect(status().isForbidden());
        mvc.perform(multipart("/org/import").file(csvPart(file)).with(as(EMPLOYEE)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(file)).with(as(EMPLOYEE)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(file)).with(as(READER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org/import/template.xlsx").with(as(READER))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(file)).with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(get("/org/import").with(as(TestUsers.user("pages-admin", null, Role.ADMIN)))).andExpect(status().isOk());
        assertThat(org.exists(1)).isFalse();
    }

    @Test
    void theApiChecksThenImportsAndRefusesABadFileWithEveryProblem() throws Exception {
        byte[] good = ImportFixture.csv(org.line(1, null), org.line(2, 1)).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(good)).param("dryRun", "true").with(as(WRITER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.created").value(2))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.committed").value(false));
        assertThat(org.exists(1)).isFalse();

        mvc.perform(multipart("/api/v1/org/import").file(csvPart(good)).param("dryRun", "false").with(as(WRITER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true));
        assertThat(org.exists(2)).isTrue();

        byte[] bad = ImportFixture.csv(org.line(3, null), org.no(4) + ",丁," + org.unit.getCode() + ",NOPE,,,2024-01-01,,,,,,")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(bad)).param("dryRun", "true").with(as(WRITER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("岗位编码"))
                .andExpect(jsonPath("$.problems[0].value").value("NOPE"));
        mvc.perform(multipart("/api/v1/org/import").file(csvPart(bad)).param("dryRun", "false").with(as(WRITER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("第 3 行 / 岗位编码"));
        assertThat(org.exists(3)).isFalse();
    }

    @Test
    void theTemplateHasChineseHeadersAnExampleAndTheValidCodes() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/org/import/template.xlsx").with(as(WRITER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Workbooks.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheet = ImportFixture.read(template);
        assertThat(sheet.get(0)).containsExactly(ImportFixture.HEADER.split(","));
        assertThat(sheet.get(1).get(0)).startsWith("#");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var codes = workbook.getSheet("有效编码");
            List<String> texts = new ArrayList<>();
            codes.forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
            assertThat(texts).contains(org.unit.getCode(), org.position.getCode(), org.region.getCode());
        }
        CurrentUser hr = HR;
        ImportReport asIs = runAs(hr, () -> orgImport.check("template.xlsx", template));
        assertThat(asIs.problems()).isEmpty();
        assertThat(asIs.summary().rows()).as("the example row is not imported").isZero();

        byte[] csv = mvc.perform(get("/org/import/template.csv").with(as(HR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF" + ImportFixture.HEADER);
    }

    @Test
    void twoSimultaneousCommitsOfOneUploadImportOnce() throws Exception {
        byte[] file = ImportFixture.csv(org.line(1, null), org.line(2, 1)).getBytes(StandardCharsets.UTF_8);
        UUID batch = runAs(HR, () -> orgImport.upload("org.csv", file));
        // no fingerprint: the claim on the upload alone must stop the second commit
        String fingerprint = null;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        runAs(HR, () -> orgImport.commit(batch, fingerprint));
                        return "committed";
                    } catch (ConflictException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("committed", "refused");
        } finally {
            pool.shutdown();
        }
        assertThat(employees.findByEmployeeNo(org.no(1))).isPresent();
    }

    @Test
    void aCommitAfterTheOrganisationChangedSinceThePreviewIsRefused() {
        org.store(1, null);
        byte[] file = ImportFixture.csv(org.line(1, null)).getBytes(StandardCharsets.UTF_8);
        UUID batch = runAs(HR, () -> orgImport.upload("org.csv", file));
        String fingerprint = runAs(HR, () -> orgImport.preview(batch)).fingerprint();
        Employee meanwhile = org.employee(1);
        meanwhile.setPhone("010-1234567");
        employees.save(meanwhile);

        assertThatThrownBy(() -> runAs(HR, () -> orgImport.commit(batch, fingerprint)))
                .isInstanceOf(ConflictException.class);
        assertThat(org.employee(1).getName()).isEqualTo("员工1");
        String fresh = runAs(HR, () -> orgImport.preview(batch)).fingerprint();
        ImportReport committed = runAs(HR, () -> orgImport.commit(batch, fresh));
        assertThat(committed.committed()).isTrue();
        assertThat(org.employee(1).getPhone()).isEqualTo("13800000001");
    }

    private String upload(String csv) throws Exception {
        MvcResult result = mvc.perform(multipart("/org/import").file(csvPart(csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(HR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/org/import/[0-9a-f-]{36}");
        return location;
    }

    private static MockMultipartFile csvPart(byte[] content) {
        return new MockMultipartFile("file", "org.csv", "text/csv", content);
    }

    private static String fingerprint(String page) {
        Matcher matcher = FINGERPRINT.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static <T> T runAs(CurrentUser user, java.util.function.Supplier<T> work) {
        return OrgImportIT.as(user, work);
    }
}
