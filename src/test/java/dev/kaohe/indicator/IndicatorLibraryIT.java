package dev.kaohe.indicator;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicator library: the built-in marketing metrics, changes by HR with an audit trail, and who may do what. */
@IntegrationTest
class IndicatorLibraryIT {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100000);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    final CurrentUser hr = TestUsers.user("ind-hr", null, Role.HR);
    final CurrentUser employee = TestUsers.user("ind-employee", null, Role.EMPLOYEE);
    final CurrentUser auditor = TestUsers.user("ind-auditor", null, Role.AUDITOR);

    static String uniqueCode() {
        return "T_IND_" + SEQ.incrementAndGet();
    }

    @Test
    void theBuiltInLibraryHoldsTheMarketingMetricsWithTheirDirections() {
        Integer builtIn = jdbc.queryForObject("select count(*) from indicator where built_in", Integer.class);
        assertThat(builtIn).isGreaterThanOrEqualTo(30);
        Map<String, String> directions = Map.of(
                "SALES_AMOUNT", "HIGHER_IS_BETTER", "COLLECTION_RATE", "HIGHER_IS_BETTER", "NPS", "HIGHER_IS_BETTER",
                "CAC", "LOWER_IS_BETTER", "COMPLAINT_RATE", "LOWER_IS_BETTER", "FIRST_RESPONSE_TIME", "LOWER_IS_BETTER",
                "CPM", "LOWER_IS_BETTER", "SIGNING_CYCLE", "LOWER_IS_BETTER", "RESOLUTION_RATE_72H", "HIGHER_IS_BETTER");
        directions.forEach((code, direction) -> assertThat(jdbc.queryForObject(
                "select direction from indicator where code = ?", String.class, code)).as(code).isEqualTo(direction));
        assertThat(jdbc.queryForObject("select name_zh || '/' || name_en || '/' || unit || '/' || data_source || '/' || default_target::int from indicator where code = 'COLLECTION_RATE'",
                String.class)).isEqualTo("回款率/Collection rate/PERCENT/FINANCE/95");
        assertThat(jdbc.queryForObject("select measure from indicator where code = 'CUSTOMER_COMMUNICATION'", String.class))
                .isEqualTo("QUALITATIVE");
        assertThat(jdbc.queryForObject("select count(*) from indicator where built_in and (name_en = '' or name_zh = '' or definition_en is null or definition_zh is null)",
                Integer.class)).isZero();
    }

    @Test
    void everyBuiltInDefaultRuleIsAValidRuleOfTheEngine(@Autowired RuleJson rules, @Autowired Indicators indicators) {
        TestUsers.runAs(employee, () -> {
            List<IndicatorView> all = indicators.search(IndicatorFilter.all(), org.springframework.data.domain.Pageable.unpaged()).getContent();
            assertThat(all.stream().filter(IndicatorView::builtIn)).allSatisfy(i -> {
                assertThat(i.defaultRule()).as(i.code()).isNotNull();
                assertThat(rules.check("defaultRule", i.defaultRule(), dev.kaohe.scoring.ItemSpec.Direction.valueOf(i.direction().name()),
                        i.defaultTarget())).as(i.code()).isEmpty();
            });
            assertThat(indicators.get("CSAT").defaultRule().type()).isEqualTo(dev.kaohe.scoring.RuleSpec.Type.THRESHOLD);
        });
    }

    @Test
    void everyoneSignedInReadsTheLibraryAndFiltersIt() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("family", "CUSTOMER_SERVICE").param("size", "200").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code", hasItem("FIRST_RESPONSE_TIME")))
                .andExpect(jsonPath("$.content[*].code", hasItem("TEAMWORK")))
                .andExpect(jsonPath("$.content[*].code", not(hasItem("CALL_EFFICIENCY"))));
        mvc.perform(get("/api/v1/indicators").param("q", "回款").param("type", "OUTCOME").with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.content[*].code", hasItem("COLLECTION_RATE")));
        mvc.perform(get("/api/v1/indicators/CAC").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.direction").value("LOWER_IS_BETTER"))
                .andExpect(jsonPath("$.nameZh").value("获客成本"));
        mvc.perform(get("/indicators").param("dimension", "CUSTOMER").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"indicator-table\""), containsString("净推荐值"),
                        not(containsString("id=\"indicator-new\"")))));
        mvc.perform(get("/indicators/NPS").with(as(employee)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Net promoter score"), not(containsString("id=\"indicator-edit\"")))));
        mvc.perform(get("/api/v1/indicators/NO_SUCH").with(as(employee))).andExpect(status().isNotFound());
    }

    @Test
    void hrCreatesChangesAndDeactivatesAnIndicatorAndEachStepIsAudited() throws Exception {
        String code = uniqueCode();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "nameZh", "测试指标", "nameEn", "Test indicator",
                "dimension", "PERFORMANCE", "unit", "PERCENT", "direction", "LOWER_IS_BETTER", "type", "PROCESS",
                "measure", "QUANTITATIVE", "dataSource", "TICKETING"));
        body.put("defaultTarget", 3.5);
        body.put("positionFamilies", List.of("CUSTOMER_SERVICE"));
        mvc.perform(post("/api/v1/indicators").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.positionFamilies[0]").value("CUSTOMER_SERVICE"));
        long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);

        body.put("nameZh", "测试指标(改)");
        body.put("version", 0);
        mvc.perform(put("/api/v1/indicators/{code}", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("测试指标(改)"))
                .andExpect(jsonPath("$.version").value(1));
        // a stale edit is refused
        mvc.perform(put("/api/v1/indicators/{code}", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/indicators/{code}/deactivate", code).with(as(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        List<String> actions = jdbc.queryForList("select action from audit_entry where entity_type = 'indicator' and entity_id = ? order by seq",
                String.class, String.valueOf(id));
        assertThat(actions).containsExactly("indicator.create", "indicator.update", "indicator.deactivate");
        assertThat(jdbc.queryForObject("select after_state from audit_entry where entity_type = 'indicator' and entity_id = ? and action = 'indicator.update'",
                String.class, String.valueOf(id))).contains("测试指标(改)");
    }

    @Test
    void badInputIsRefusedNamingEachField() throws Exception {
        Map<String, Object> body = Map.of("code", "bad code", "nameZh", "", "nameEn", "X",
                "defaultRule", Map.of("type", "LINEAR", "floor", 80, "cap", 20));
        mvc.perform(post("/api/v1/indicators").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nameZh")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dimension")))
                .andExpect(jsonPath("$.errors[*].field", hasItem(org.hamcrest.Matchers.startsWith("defaultRule"))));
        mvc.perform(post("/api/v1/indicators").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("code", "SALES_AMOUNT"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("编码 SALES_AMOUNT 已被使用。"));
    }

    @Test
    void onlyHrAndAdminsChangeTheLibraryAndTokensNeedTheirScope() throws Exception {
        String body = json.writeValueAsString(Map.of("code", uniqueCode(), "nameZh", "x", "nameEn", "x"));
        for (CurrentUser reader : List.of(employee, auditor, TestUsers.user("ind-exec", null, Role.EXECUTIVE))) {
            mvc.perform(post("/api/v1/indicators").with(as(reader)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/indicators/new").with(as(reader))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/indicators").with(as(TestUsers.token("ind-org", ApiScope.ORG_READ)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators").with(as(TestUsers.token("ind-read", ApiScope.INDICATOR_READ)))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/indicators").with(as(TestUsers.token("ind-read2", ApiScope.INDICATOR_READ))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void theFormSavesAndShowsFieldErrors() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/indicators").with(as(hr)).with(csrf())
                        .param("code", code).param("nameZh", "").param("nameEn", "Form indicator").param("defaultTarget", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"indicator-form\""), containsString("默认目标值的格式不正确"))));
        mvc.perform(post("/indicators").with(as(hr)).with(csrf())
                        .param("code", code).param("nameZh", "").param("nameEn", "Form indicator"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("中文名称不能为空"), containsString("考核维度不能为空"))));
        mvc.perform(post("/indicators").with(as(hr)).with(csrf())
                        .param("code", code).param("nameZh", "表单指标").param("nameEn", "Form indicator")
                        .param("dimension", "GROWTH").param("unit", "COUNT").param("direction", "HIGHER_IS_BETTER")
                        .param("type", "PROCESS").param("measure", "QUANTITATIVE").param("dataSource", "MANUAL")
                        .param("positionFamilies", "BRAND", "NEW_MEDIA"))
                .andExpect(redirectedUrl("/indicators/" + code));
        assertThat(jdbc.queryForObject("select array_to_string(position_families, ',') from indicator where code = ?", String.class, code))
                .isEqualTo("NEW_MEDIA,BRAND"); // in the order of PositionFamily
    }

    @Test
    void theListExportsToExcel() throws Exception {
        byte[] xlsx = mvc.perform(get("/indicators/export").param("dimension", "CUSTOMER").with(as(employee)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编码");
            List<String> codes = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).contains("NPS", "CSAT", "COMPLAINT_RATE").doesNotContain("SALES_AMOUNT");
        }
    }
}
