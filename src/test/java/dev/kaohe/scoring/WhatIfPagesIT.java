package dev.kaohe.scoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The what-if and single-scheme simulation pages. */
@IntegrationTest
class WhatIfPagesIT {

    static final CurrentUser HR = TestUsers.user("whatif-hr", null, Role.HR);
    static final String HEADER = "员工编号,姓名,团队,sales,collectionRate,newCustomers,communication,teamwork,training,proposals,conversionRate,csat\n";

    @Autowired
    MockMvc mvc;

    @Test
    void hrExecutivesAndAdminsOpenThePageOthersAreRefused() throws Exception {
        mvc.perform(get("/scoring/what-if").with(as(HR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"whatif-form\"")))
                .andExpect(content().string(containsString("id=\"whatif-run\"")))
                .andExpect(content().string(containsString("PRESET-A")))
                .andExpect(content().string(not(containsString("id=\"whatif-table\""))));
        mvc.perform(get("/scoring/what-if").with(as(TestUsers.user("whatif-x", null, Role.EXECUTIVE)))).andExpect(status().isOk());
        mvc.perform(get("/scoring/what-if").with(as(TestUsers.user("whatif-e", 777L)))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/what-if").with(as(TestUsers.user("whatif-m", 778L, Role.MANAGER)))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/what-if")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSamplePopulationRunsUnderBothSchemesSideBySide() throws Exception {
        MvcResult result = mvc.perform(multipart("/scoring/what-if").with(csrf()).with(as(HR))
                        .param("schemeA", "PRESET-A").param("schemeB", "PRESET-C").param("population", "sample")
                        .param("gradeScale", "000").param("distribution", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"whatif-table\"")))
                .andExpect(content().string(containsString("whatif-row-S001")))
                .andExpect(content().string(containsString("whatif-row-S020")))
                .andExpect(content().string(containsString("综合得分")))
                .andReturn();
        // deterministic: the same form gives the same page
        String again = mvc.perform(multipart("/scoring/what-if").with(csrf()).with(as(HR))
                        .param("schemeA", "PRESET-A").param("schemeB", "PRESET-C").param("population", "sample")
                        .param("gradeScale", "000").param("distribution", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(table(again)).isEqualTo(table(result.getResponse().getContentAsString()));
    }

    @Test
    void anUploadedPopulationShowsWhoMovesGradeAndWhy() throws Exception {
        String csv = HEADER
                + "U1,甲,一组,100,95,6,5,5,100,2,25,5\n"
                + "U2,乙,一组,85,95,6,5,5,100,2,25,5\n";
        String page = mvc.perform(multipart("/scoring/what-if").file(new MockMultipartFile("file", "people.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(HR)).param("schemeA", "PRESET-A").param("schemeB", "PRESET-B").param("population", "file"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String u2 = page.substring(page.indexOf("whatif-row-U2"));
        // A: sales 85% on tier 000 → 60 × 30% = 18 instead of 30 → 88, 良好; B: linear 85 × 40% = 34 → 94, 优秀
        assertThat(u2).contains("88.00").contains("94.00").contains("+6.00").contains("良好").contains("优秀").contains("等级 +1");
        assertThat(page.indexOf("whatif-row-U2")).as("the person who moves grade comes first").isLessThan(page.indexOf("whatif-row-U1"));
        assertThat(page).contains("甲").contains("达成率 85% 落在 &lt;90% 档 → 60");
    }

    @Test
    void aBadUploadIsRefusedNamingTheRowAndColumn() throws Exception {
        String csv = HEADER + "U1,甲,一组,lots,95,6,5,5,100,2,25,5\n,乙,一组,1,1,1,1,1,1,1,1,1\n";
        mvc.perform(multipart("/scoring/what-if").file(new MockMultipartFile("file", "people.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(HR)).param("schemeA", "PRESET-A").param("schemeB", "PRESET-B").param("population", "file"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("第 2 行 / sales")))
                .andExpect(content().string(containsString("不是数字")))
                .andExpect(content().string(containsString("第 3 行 / 员工编号")));
        mvc.perform(multipart("/scoring/what-if").file(new MockMultipartFile("file", "people.csv", "text/csv",
                                "姓名,sales\n甲,1\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(HR)).param("schemeA", "PRESET-A").param("schemeB", "PRESET-B").param("population", "file")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the column 员工编号 (id) is missing")));
        mvc.perform(multipart("/scoring/what-if").with(csrf()).with(as(HR))
                        .param("schemeA", "NO-SUCH").param("schemeB", "PRESET-B").param("population", "sample"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTemplateHasAColumnPerItemOfBothSchemes() throws Exception {
        byte[] xlsx = mvc.perform(get("/scoring/what-if/template").with(as(HR)).param("schemeA", "PRESET-A").param("schemeB", "PRESET-C"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("population-template.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> headers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(0);
            row.forEach(c -> headers.add(c.getStringCellValue()));
        }
        assertThat(headers).startsWith("员工编号", "姓名", "团队").contains("sales", "communication", "cac", "contentOutput");
        // the template, filled in, is accepted as it is
        mvc.perform(multipart("/scoring/what-if").file(new MockMultipartFile("file", "t.xlsx", "application/octet-stream", fill(xlsx)))
                        .with(csrf()).with(as(HR)).param("schemeA", "PRESET-A").param("schemeB", "PRESET-C").param("population", "file"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("whatif-row-T1")))
                .andExpect(content().string(containsString("T1")));
    }

    @Test
    void theSingleSchemePageSpeaksEnglishWhenAsked() throws Exception {
        mvc.perform(multipart("/scoring/simulate").with(csrf()).with(as(HR)).param("schemeA", "PRESET-B")
                        .param("population", "sample").param("distribution", "team").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Simulate a scheme")))
                .andExpect(content().string(containsString("composite")))
                .andExpect(content().string(containsString("id=\"simulate-table\"")));
    }

    private static byte[] fill(byte[] template) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("T1");
            row.createCell(1).setCellValue("丙");
            row.createCell(2).setCellValue("一组");
            for (int c = 3; c < header.getLastCellNum(); c++) {
                row.createCell(c).setCellValue(header.getCell(c).getStringCellValue().equals("cac") ? 700 : 20);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String table(String page) {
        return page.substring(page.indexOf("id=\"whatif-table\""));
    }
}
