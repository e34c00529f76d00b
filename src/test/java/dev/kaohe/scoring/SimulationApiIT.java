package dev.kaohe.scoring;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dev.kaohe.support.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/simulations: SPEC §3 E1 and E5 through the API, bad input, who may call it. */
@IntegrationTest
class SimulationApiIT {

    /** SPEC §3 E1: 销售额 50% (target 100万), 新客户开发数 30% (target 6), 客户沟通能力 20% (≥ 4.5). */
    static final String E1_SCHEME = """
            {"code": "E1-2023Q3", "name": "2023 Q3 营销团队绩效考核表", "rangePolicy": "WARN",
             "dimensions": [
               {"code": "业绩", "name": "业绩指标", "weight": 80, "minWeight": 50, "maxWeight": 60, "items": [
                 {"code": "sales", "name": "销售额", "weight": 50, "target": 100, "rule": {"type": "TIER_TABLE", "preset": "000"}},
                 {"code": "newCustomers", "name": "新客户开发数", "weight": 30, "target": 6, "rule": {"type": "TIER_TABLE", "preset": "000"}}]},
               {"code": "能力", "name": "能力素质", "weight": 20, "items": [
                 {"code": "communication", "name": "客户沟通能力", "weight": 20,
                  "rule": {"type": "THRESHOLD", "threshold": 4.5, "metScore": 100, "missedScore": 0}}]}]}
            """;

    static final String XIAO_MING = """
            {"id": "xiaoming", "name": "小明", "groups": {"team": "华东一组"},
             "inputs": {"sales": {"actual": 120}, "newCustomers": {"actual": 8}, "communication": {"actual": 4.8}}}
            """;

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor person() {
        return as(TestUsers.user("sim-employee", 424242L));
    }

    ResultActions simulate(String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/simulations").with(csrf()).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions simulate(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(csrf()).with(person()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void xiaoMingsQuarterScoresAHundredAndIsExcellentAsTheSourceFormSays() throws Exception {
        simulate("{\"scheme\": " + E1_SCHEME + ", \"participants\": [" + XIAO_MING + "]}", person())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.code").value("E1-2023Q3"))
                .andExpect(jsonPath("$.warnings[0].field").value("dimensions[业绩].weight"))
                .andExpect(jsonPath("$.people[0].id").value("xiaoming"))
                .andExpect(jsonPath("$.people[0].name").value("小明"))
                .andExpect(jsonPath("$.people[0].complete").value(true))
                .andExpect(jsonPath("$.people[0].items[0].achievement").value(120.0))
                .andExpect(jsonPath("$.people[0].items[0].score").value(100.0))
                .andExpect(jsonPath("$.people[0].items[0].reason").value(containsString("≥100%")))
                .andExpect(jsonPath("$.people[0].items[1].score").value(100.0))
                .andExpect(jsonPath("$.people[0].items[2].score").value(100.0))
                .andExpect(jsonPath("$.people[0].items[2].reason").value(containsString("达到门槛")))
                .andExpect(jsonPath("$.people[0].dimensions[0].score").value(100.0))
                .andExpect(jsonPath("$.people[0].composite").value(100.0))
                .andExpect(jsonPath("$.people[0].finalScore").value(100.0))
                .andExpect(jsonPath("$.people[0].grade.code").value("EXCELLENT"))
                .andExpect(jsonPath("$.people[0].grade.label").value("优秀"))
                .andExpect(jsonPath("$.people[0].grade.reason").value(containsString("≥ 90")))
                .andExpect(jsonPath("$.people[0].places[0].population").value("company"))
                .andExpect(jsonPath("$.people[0].places[0].rank").value(1))
                .andExpect(jsonPath("$.people[0].derivation").value(containsString("综合得分 100")));
    }

    @Test
    void theDerivationComesInEnglishWhenAskedForByHeaderOrParameter() throws Exception {
        String body = "{\"scheme\": " + E1_SCHEME + ", \"participants\": [" + XIAO_MING + "]}";
        simulate(post("/api/v1/simulations").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[0].grade.label").value("Excellent"))
                .andExpect(jsonPath("$.people[0].items[0].reason").value(containsString("falls in the ≥100% tier")))
                .andExpect(jsonPath("$.people[0].derivation").value(containsString("composite 100")));
        simulate(post("/api/v1/simulations").param("lang", "en"), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[0].grade.label").value("Excellent"));
    }

    @Test
    void theTierVectorsOfE5ScoreAsBothSourceTablesSay() throws Exception {
        String scheme = """
                {"code": "E5", "dimensions": [{"code": "d", "weight": 100, "items": [
                  {"code": "tableA", "weight": 50, "target": 100, "rule": {"type": "TIER_TABLE", "preset": "000"}},
                  {"code": "tableB", "weight": 50, "target": 100, "rule": {"type": "TIER_TABLE", "preset": "004"}}]}]}
                """;
        String[][] vectors = {{"120", "100", "100"}, {"100", "100", "100"}, {"95", "80", "80"}, {"85", "60", "80"},
                {"70", "60", "60"}, {"50", "60", "0"}};
        StringBuilder people = new StringBuilder();
        for (String[] v : vectors) {
            people.append(people.isEmpty() ? "" : ",").append("{\"id\": \"a").append(v[0]).append("\", \"inputs\": {")
                    .append("\"tableA\": {\"actual\": ").append(v[0]).append("}, \"tableB\": {\"actual\": ").append(v[0]).append("}}}");
        }
        ResultActions result = simulate("{\"scheme\": " + scheme + ", \"participants\": [" + people + "]}", person())
                .andExpect(status().isOk());
        for (String[] v : vectors) {
            String at = "$.people[?(@.id == 'a" + v[0] + "')]";
            result.andExpect(jsonPath(at + ".items[0].score").value(hasItem(Double.parseDouble(v[1]))))
                    .andExpect(jsonPath(at + ".items[1].score").value(hasItem(Double.parseDouble(v[2]))));
        }
    }

    @Test
    void aStoredOrPresetSchemeIsFoundByCodeAndAnUnknownOneIsNotFound() throws Exception {
        simulate("{\"schemeCode\": \"PRESET-B\", \"participants\": [{\"id\": \"p1\", \"inputs\": {"
                + "\"sales\": {\"actual\": 90}, \"conversionRate\": {\"actual\": 25}, \"csat\": {\"actual\": 5},"
                + "\"teamwork\": {\"ratings\": {\"MANAGER\": 4, \"SELF\": 5}}, \"proposals\": {\"actual\": 2}},"
                + "\"bonuses\": [{\"points\": 5, \"reason\": \"改进活动方案\"}]}]}", person())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.code").value("PRESET-B"))
                // 90×0.4 + 100×0.2 + 100×0.2 + 75×0.1 + 100×0.1 = 93.5, + 5 bonus
                .andExpect(jsonPath("$.people[0].composite").value(93.5))
                .andExpect(jsonPath("$.people[0].bonusTotal").value(5.0))
                .andExpect(jsonPath("$.people[0].finalScore").value(98.5))
                .andExpect(jsonPath("$.people[0].items[3].raters.MANAGER").value(75.0));
        simulate("{\"schemeCode\": \"NO-SUCH-SCHEME\", \"version\": 3, \"participants\": [" + XIAO_MING + "]}", person())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aForcedDistributionInTeamsGradesAndRanksEachTeam() throws Exception {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            people.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"groups\": {\"team\": \"t")
                    .append(i % 2).append("\"}, \"inputs\": {\"sales\": {\"actual\": ").append(60 + i * 3).append("}}}");
        }
        String linear = """
                {"code": "L", "dimensions": [{"code": "d", "weight": 100, "items": [{"code": "sales", "weight": 100,
                  "target": 100, "rule": {"type": "LINEAR", "slope": 1, "floor": 0, "cap": 150}}]}]}
                """;
        String settings = "{\"distribution\": {\"preset\": \"003\"}, \"distributionPopulation\": \"team\", \"populations\": [\"team\"]}";
        simulate("{\"scheme\": " + linear + ", \"settings\": " + settings + ", \"participants\": [" + people + "]}", person())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[?(@.id == 'p17')].grade.code").value(hasItem("A")))
                .andExpect(jsonPath("$.people[?(@.id == 'p15')].grade.code").value(hasItem("B")))
                // p19 is the best of team t1 (10 people): 5% of 10 floors to 0 S, 20% gives 2 A
                .andExpect(jsonPath("$.people[?(@.id == 'p19')].grade.code").value(hasItem("A")))
                .andExpect(jsonPath("$.people[?(@.id == 'p19')].places[1].population").value(hasItem("team")))
                .andExpect(jsonPath("$.people[?(@.id == 'p19')].places[1].rank").value(hasItem(1)))
                .andExpect(jsonPath("$.people[?(@.id == 'p19')].places[1].distributionGrade").value(hasItem("A")));
    }

    @Test
    void aSchemeWhoseWeightsDoNotTotalAHundredIsRefusedNamingTheDimension() throws Exception {
        String scheme = E1_SCHEME.replace("\"weight\": 20, \"items\"", "\"weight\": 10, \"items\"");
        simulate("{\"scheme\": " + scheme + ", \"participants\": [" + XIAO_MING + "]}", person())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scheme.dimensions[能力].weight")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scheme.dimensions")));
    }

    @Test
    void badParticipantsAreRefusedNamingThePersonAndTheItem() throws Exception {
        String people = """
                {"id": "p1", "inputs": {"sales": {"actual": 100}, "nope": {"actual": 1},
                  "communication": {"ratings": {"BOSS": 5}}}},
                {"id": "p1"},
                {"name": "no id"},
                {"id": "p2", "bonuses": [{"points": 5}]}
                """;
        simulate("{\"scheme\": " + E1_SCHEME + ", \"participants\": [" + people + "]}", person())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants[p1].inputs[nope]")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants[p1].inputs[communication].ratings.BOSS")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants[p1].id")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants[2].id")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participants[p2].bonuses[0].reason")));
        simulate("{\"scheme\": " + E1_SCHEME + ", \"participants\": []}", person())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"));
        simulate("{\"participants\": [" + XIAO_MING + "]}", person())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scheme"));
        simulate("{\"scheme\": " + E1_SCHEME + ", \"settings\": {\"gradeScale\": {\"preset\": \"XYZ\"}}, \"participants\": ["
                + XIAO_MING + "]}", person())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("settings.gradeScale.preset"));
    }

    @Test
    void aMissingActualLeavesThatPersonIncompleteNamingTheItem() throws Exception {
        simulate("{\"scheme\": " + E1_SCHEME + ", \"participants\": [" + XIAO_MING
                + ", {\"id\": \"p2\", \"inputs\": {\"sales\": {\"actual\": 100}}}]}", person())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people[?(@.id == 'p2')].complete").value(hasItem(false)))
                .andExpect(jsonPath("$.people[?(@.id == 'p2')].problems[0]").value(hasItem(containsString("新客户开发数"))))
                .andExpect(jsonPath("$.people[?(@.id == 'xiaoming')].places[0].size").value(hasItem(1)));
    }

    @Test
    void anonymousCallersAreUnauthorisedAndTokensNeedTheSimulationScope() throws Exception {
        String body = "{\"scheme\": " + E1_SCHEME + ", \"participants\": [" + XIAO_MING + "]}";
        mvc.perform(post("/api/v1/simulations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        simulate(body, as(TestUsers.token("sim-org-token", ApiScope.ORG_READ))).andExpect(status().isForbidden());
        simulate(body, as(TestUsers.token("sim-token", ApiScope.SCORING_SIMULATE))).andExpect(status().isOk());
        simulate(body, as(TestUsers.user("sim-hr", null, Role.HR))).andExpect(status().isOk());
    }
}
