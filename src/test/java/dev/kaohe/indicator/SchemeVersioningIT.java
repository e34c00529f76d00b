package dev.kaohe.indicator;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.SchemeSource;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Schemes: created from the source presets, versioned (a locked version never changes), compared, validated, exported and imported. */
@IntegrationTest
class SchemeVersioningIT {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100000);

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Schemes schemes;
    @Autowired SchemeSource source;

    final CurrentUser hr = TestUsers.user("sch-hr", null, Role.HR);
    final CurrentUser employee = TestUsers.user("sch-employee", null, Role.EMPLOYEE);
    final CurrentUser auditor = TestUsers.user("sch-auditor", null, Role.AUDITOR);

    static String code() {
        return "T_SCH_" + SEQ.incrementAndGet();
    }

    String create(String preset) throws Exception {
        String code = code();
        mvc.perform(post("/api/v1/schemes").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("code", code, "name", "测试方案 " + preset, "preset", preset,
                                "positionFamilies", List.of("SALES_REP")))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latestVersion").value(1))
                .andExpect(jsonPath("$.latestLocked").value(false));
        return code;
    }

    SchemeSpec latest(String code) throws Exception {
        String body = mvc.perform(get("/api/v1/schemes/{code}", code).with(as(employee))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.treeToValue(json.readTree(body).get("latest").get("definition"), SchemeSpec.class);
    }

    @Test
    void thePresetsOfTheSourcesAreValidAndNameOnlyLibraryIndicators() {
        TestUsers.runAs(employee, () -> {
            List<SchemeSpec> presets = schemes.presets();
            assertThat(presets).hasSize(5);
            for (SchemeSpec preset : presets) {
                ValidationReport report = schemes.validate(preset);
                assertThat(report.problems()).as(preset.code()).isEmpty();
                assertThat(report.valid()).isTrue();
            }
        });
    }

    @Test
    void aLockedVersionNeverChangesAndAnEditBecomesTheNextVersion() throws Exception {
        String code = create("B");
        SchemeSpec v1 = latest(code);
        // a draft is edited in place
        mvc.perform(put("/api/v1/schemes/{code}/versions/1", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("definition", v1, "note", "草稿修改"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.note").value("草稿修改"));
        mvc.perform(post("/api/v1/schemes/{code}/versions/1/lock", code).with(as(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true));

        SchemeSpec changed = reweigh(v1, "sales", "30", "conversionRate", "30");
        mvc.perform(put("/api/v1/schemes/{code}/versions/1", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("definition", changed, "note", "销售降权"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.locked").value(false));

        mvc.perform(get("/api/v1/schemes/{code}/versions/1", code).with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.dimensions[0].items[0].weight").value(40))
                .andExpect(jsonPath("$.note").value("草稿修改"));
        mvc.perform(get("/api/v1/schemes/{code}/versions/2", code).with(as(employee)))
                .andExpect(jsonPath("$.definition.dimensions[0].items[0].weight").value(30))
                .andExpect(jsonPath("$.definition.version").value(2));
        // even a write that bypasses the application cannot change a locked version
        assertThatThrownBy(() -> jdbc.update("""
                update scheme_version set definition = '{}'::jsonb
                where number = 1 and scheme_id = (select id from scheme where code = ?)""", code))
                .hasMessageContaining("locked");

        // the engine finds versions by number, the latest without one
        assertThat(source.find(code, 1)).get().extracting(SchemeSpec::version).isEqualTo(1);
        assertThat(source.find(code, null)).get().extracting(SchemeSpec::version).isEqualTo(2);
        assertThat(source.find(code, 9)).isEmpty();

        assertThat(jdbc.queryForList("""
                select action from audit_entry where entity_type = 'scheme_version' and entity_id in
                  (select id::text from scheme_version where scheme_id = (select id from scheme where code = ?)) order by seq""",
                String.class, code))
                .containsExactly("scheme.version.create", "scheme.version.update", "scheme.version.lock", "scheme.version.create");
    }

    @Test
    void theDiffNamesChangedWeightsAndAddedOrRemovedItems() throws Exception {
        String code = create("B");
        SchemeSpec v1 = latest(code);
        SchemeSpec reweighed = reweigh(v1, "sales", "30", "conversionRate", "20");
        // conversionRate replaced: remove it, add a new-customers item of weight 30 in the same dimension
        DimensionSpec performance = reweighed.dimensions().get(0);
        List<ItemSpec> items = new ArrayList<>(performance.items().stream().filter(i -> !i.code().equals("conversionRate")).toList());
        items.add(new ItemSpec("newCustomers", "新客户开发数", "NEW_CUSTOMERS", new BigDecimal("30"), ItemSpec.Direction.HIGHER_IS_BETTER,
                new BigDecimal("6"), ItemSpec.Source.MEASURED, items.get(0).rule(), null));
        List<DimensionSpec> dimensions = new ArrayList<>(reweighed.dimensions());
        dimensions.set(0, new DimensionSpec(performance.code(), performance.name(), performance.weight(), null, null, items));
        SchemeSpec v2 = new SchemeSpec(null, null, null, v1.rangePolicy(), dimensions);
        mvc.perform(post("/api/v1/schemes/{code}/versions", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("definition", v2))))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/schemes/{code}/diff", code).param("from", "1").param("to", "2").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes", hasSize(3)))
                .andExpect(jsonPath("$.changes[?(@.kind == 'CHANGED' && @.field == 'weight')].path").value(hasItem("dimensions[performance].items[sales]")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'CHANGED' && @.field == 'weight')].before").value(hasItem("40")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'CHANGED' && @.field == 'weight')].after").value(hasItem("30")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'REMOVED')].path").value(hasItem("dimensions[performance].items[conversionRate]")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'ADDED')].path").value(hasItem("dimensions[performance].items[newCustomers]")));
        mvc.perform(get("/schemes/{code}/compare", code).param("from", "1").param("to", "2").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"diff-table\""), containsString("新客户开发数"))));
    }

    @Test
    void badDefinitionsAreRefusedNamingTheItem() throws Exception {
        String code = create("A");
        SchemeSpec v1 = latest(code);
        SchemeSpec broken = reweigh(v1, "sales", "35", "collectionRate", "15");
        mvc.perform(post("/api/v1/schemes/{code}/versions", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("definition", broken))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("dimensions[performance]"))));
        // an unknown indicator is named by its item
        DimensionSpec d = v1.dimensions().get(0);
        ItemSpec sales = d.items().get(0);
        List<ItemSpec> items = new ArrayList<>(d.items());
        items.set(0, new ItemSpec(sales.code(), sales.name(), "NO_SUCH_INDICATOR", sales.weight(), sales.direction(), sales.target(),
                sales.source(), sales.rule(), null));
        List<DimensionSpec> dimensions = new ArrayList<>(v1.dimensions());
        dimensions.set(0, new DimensionSpec(d.code(), d.name(), d.weight(), d.minWeight(), d.maxWeight(), items));
        mvc.perform(post("/api/v1/schemes/validate").with(as(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new SchemeSpec(null, null, null, null, dimensions))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].field").value("dimensions[performance].items[sales].indicatorCode"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("NO_SUCH_INDICATOR")));
    }

    @Test
    void aRangeBreachBlocksOrWarnsAsTheSchemeSays() throws Exception {
        String code = create("A");
        SchemeSpec v1 = latest(code);
        // performance 70% (allowed 50–60), competency 15% (allowed 20–30): outside the ranges, weights still total 100
        SchemeSpec outside = reweigh(reweigh(v1, "sales", "40", "collectionRate", "15"), "communication", "5", "teamwork", "10");
        outside = withDimensionWeights(outside, Map.of("performance", "70", "competency", "15"));
        SchemeSpec blocking = new SchemeSpec(null, null, null, SchemeSpec.RangePolicy.BLOCK, outside.dimensions());
        SchemeSpec warning = new SchemeSpec(null, null, null, SchemeSpec.RangePolicy.WARN, outside.dimensions());
        mvc.perform(post("/api/v1/schemes/validate").with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(blocking)))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[*].field", hasItem(startsWith("dimensions[performance]"))));
        mvc.perform(post("/api/v1/schemes/{code}/versions", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("definition", warning))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/schemes/{code}/versions/2/validation", code).with(as(employee)))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[*].field", hasItem(startsWith("dimensions[performance]"))));
        mvc.perform(get("/schemes/{code}/versions/2/validation", code).with(as(employee)))
                .andExpect(content().string(containsString("id=\"validation-warnings\"")));
    }

    @Test
    void anExportedVersionImportsBackAsAnIdenticalNewVersion() throws Exception {
        String code = create("C");
        byte[] xlsx = mvc.perform(get("/api/v1/schemes/{code}/versions/1/export.xlsx", code).with(as(employee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/schemes/{code}/import", code).file(new MockMultipartFile("file", "s.xlsx", SchemeWorkbooks.XLSX, xlsx))
                        .param("note", "round trip").with(as(hr)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2));
        mvc.perform(get("/api/v1/schemes/{code}/diff", code).param("from", "1").param("to", "2").with(as(employee)))
                .andExpect(jsonPath("$.changes", hasSize(0)));
        SchemeSpec v1 = source.find(code, 1).orElseThrow();
        SchemeSpec v2 = source.find(code, 2).orElseThrow();
        assertThat(json.writeValueAsString(v2.dimensions())).isEqualTo(json.writeValueAsString(v1.dimensions()));
    }

    @Test
    void aBadWorkbookIsRefusedNamingSheetRowAndColumnAndNothingIsStored() throws Exception {
        String code = create("C");
        byte[] xlsx = mvc.perform(get("/api/v1/schemes/{code}/export.xlsx", code).with(as(hr)))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet(SchemeWorkbooks.ITEM_SHEET).getRow(1).getCell(4).setCellValue("四十");
            workbook.getSheet(SchemeWorkbooks.ITEM_SHEET).getRow(2).getCell(4).setCellValue(99);
            workbook.write(out);
            broken = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/schemes/{code}/import", code).file(new MockMultipartFile("file", "s.xlsx", SchemeWorkbooks.XLSX, broken))
                        .with(as(hr)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("指标 Items row 2 / 权重% Weight"))
                .andExpect(jsonPath("$.errors[0].value").value("四十"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet(SchemeWorkbooks.ITEM_SHEET).getRow(2).getCell(4).setCellValue(-5);
            workbook.write(out);
            broken = out.toByteArray();
        }
        // the engine's problems are named by the row the item came from
        mvc.perform(multipart("/api/v1/schemes/{code}/import", code).file(new MockMultipartFile("file", "s.xlsx", SchemeWorkbooks.XLSX, broken))
                        .with(as(hr)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("指标 Items row 3 (conversionRate)"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("维度 Dimensions row 2 (outcome)"))));
        mvc.perform(get("/api/v1/schemes/{code}/versions", code).with(as(hr))).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void copyingMakesAnIndependentSchemeWithTheSameRules() throws Exception {
        String code = create("A");
        String copy = code();
        mvc.perform(post("/api/v1/schemes/{code}/copy", code).with(as(hr)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("code", copy, "name", "复制的方案"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(copy));
        assertThat(json.writeValueAsString(source.find(copy, 1).orElseThrow().dimensions()))
                .isEqualTo(json.writeValueAsString(source.find(code, 1).orElseThrow().dimensions()));
    }

    @Test
    void everyoneReadsSchemesButOnlyHrAndAdminsChangeThem() throws Exception {
        String code = create("B");
        for (CurrentUser reader : List.of(employee, auditor)) {
            mvc.perform(get("/api/v1/schemes/{code}", code).with(as(reader))).andExpect(status().isOk());
            mvc.perform(get("/schemes/{code}", code).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"definition-table\""), containsString("id=\"validate\""))));
            mvc.perform(post("/api/v1/schemes/{code}/versions/1/lock", code).with(as(reader)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/schemes/{code}/edit", code).with(as(reader))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/schemes").with(as(TestUsers.token("sch-read", ApiScope.INDICATOR_READ)))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/schemes").with(as(TestUsers.token("sch-org", ApiScope.ORG_READ)))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schemes/{code}/versions/1/lock", code).with(as(TestUsers.token("sch-write", ApiScope.INDICATOR_WRITE))).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void theEditorSavesALockedVersionAsTheNextOne() throws Exception {
        String code = create("B");
        mvc.perform(post("/api/v1/schemes/{code}/versions/1/lock", code).with(as(hr)).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/schemes/{code}/edit", code).param("version", "1").with(as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"scheme-editor\""), containsString("dimensions[0].items[1].weight"))));
        // sales 40 → 30, conversion 20 → 30, dimension weight left blank (the sum of its items)
        var request = post("/schemes/{code}/edit", code).param("version", "1").with(as(hr)).with(csrf())
                .param("rangePolicy", "BLOCK").param("note", "表单修改");
        SchemeSpec v1 = source.find(code, 1).orElseThrow();
        for (int d = 0; d < v1.dimensions().size(); d++) {
            DimensionSpec dim = v1.dimensions().get(d);
            String p = "dimensions[" + d + "]";
            request.param(p + ".code", dim.code()).param(p + ".name", dim.name()).param(p + ".weight", d == 0 ? "" : dim.weight().toPlainString());
            for (int i = 0; i < dim.items().size(); i++) {
                ItemSpec item = dim.items().get(i);
                String q = p + ".items[" + i + "]";
                String weight = d == 0 ? "30" : item.weight().toPlainString();
                request.param(q + ".code", item.code()).param(q + ".name", item.name()).param(q + ".weight", weight)
                        .param(q + ".direction", item.direction().name()).param(q + ".source", item.source().name())
                        .param(q + ".rule", json.writeValueAsString(item.rule()));
                if (item.indicatorCode() != null) {
                    request.param(q + ".indicatorCode", item.indicatorCode());
                }
                if (item.target() != null) {
                    request.param(q + ".target", item.target().toPlainString());
                }
            }
        }
        mvc.perform(request).andExpect(redirectedUrl("/schemes/" + code + "/versions/2"));
        assertThat(source.find(code, 2).orElseThrow().dimensions().get(0).weight()).isEqualByComparingTo("60");
        assertThat(source.find(code, 1).orElseThrow().items().get(0).weight()).isEqualByComparingTo("40");
        // a bad edit comes back with the item named
        mvc.perform(post("/schemes/{code}/edit", code).param("version", "2").with(as(hr)).with(csrf())
                        .param("dimensions[0].code", "performance").param("dimensions[0].weight", "100")
                        .param("dimensions[0].items[0].code", "sales").param("dimensions[0].items[0].name", "销售额")
                        .param("dimensions[0].items[0].weight", "90").param("dimensions[0].items[0].rule", "{not json"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"editor-problems\""), containsString("评分规则不是有效的规则定义"))));
    }

    private static SchemeSpec reweigh(SchemeSpec spec, String item1, String weight1, String item2, String weight2) {
        List<DimensionSpec> dimensions = spec.dimensions().stream().map(d -> new DimensionSpec(d.code(), d.name(), d.weight(),
                d.minWeight(), d.maxWeight(), d.items().stream().map(i -> {
                    String w = i.code().equals(item1) ? weight1 : i.code().equals(item2) ? weight2 : null;
                    return w == null ? i : new ItemSpec(i.code(), i.name(), i.indicatorCode(), new BigDecimal(w), i.direction(),
                            i.target(), i.source(), i.rule(), i.blend());
                }).toList())).toList();
        return new SchemeSpec(spec.code(), spec.name(), spec.version(), spec.rangePolicy(), dimensions);
    }

    private static SchemeSpec withDimensionWeights(SchemeSpec spec, Map<String, String> weights) {
        List<DimensionSpec> dimensions = spec.dimensions().stream().map(d -> weights.containsKey(d.code())
                ? new DimensionSpec(d.code(), d.name(), new BigDecimal(weights.get(d.code())), d.minWeight(), d.maxWeight(), d.items())
                : d).toList();
        return new SchemeSpec(spec.code(), spec.name(), spec.version(), spec.rangePolicy(), dimensions);
    }
}
