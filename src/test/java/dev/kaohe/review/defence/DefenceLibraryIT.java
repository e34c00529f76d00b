package dev.kaohe.review.defence;

import java.io.ByteArrayInputStream;

import dev.kaohe.cycle.CycleType;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.review.peer.PeerFixture;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review defence (R102): the participant drafts and submits the mandatory answers, the manager comments, and the
 * submitted record is found in the library by words of its answers, by obstacle, department and cycle; who reads
 * the library follows the settings (managers company-wide, employees only their own).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefenceLibraryIT {

    private static final String API = "/api/v1/review/defence";
    private static final String WORD = "社群裂变" + System.nanoTime() % 100000;

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired PeerFixture fixture;

    PeerFixture.World world;
    CurrentUser staff;
    CurrentUser lead;
    long participantId;

    @BeforeAll
    void world() {
        world = fixture.world();
        staff = world.as(world.staff());
        lead = world.as(world.lead(), Role.MANAGER);
        participantId = world.staffParticipant().id();
    }

    @Test
    @Order(1)
    void theParticipantDraftsAndSubmitsTheMandatoryAnswers() throws Exception {
        call(get(API + "/participants/" + participantId), staff, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_STARTED")).andExpect(jsonPath("$.canEdit").value(true));
        call(put(API + "/participants/" + participantId), staff, new DefenceForm(null, null, "草稿:加大社群投入", null, null, null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        call(post(API + "/participants/" + participantId + "/submit"), staff,
                new DefenceForm(null, null, "草稿:加大社群投入", null, null, 0L))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("obstacle")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missedTarget")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("customerTiering")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lessons")));
        // the manager does not write the participant's answers
        call(put(API + "/participants/" + participantId), lead, full(0L)).andExpect(status().isForbidden());
        call(post(API + "/participants/" + participantId + "/submit"), staff, full(5L)).andExpect(status().isConflict());
        call(post(API + "/participants/" + participantId + "/submit"), staff, full(0L)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(post(API + "/participants/" + participantId + "/submit"), staff, full(0L)).andExpect(status().isOk());
        call(put(API + "/participants/" + participantId), staff, full(1L)).andExpect(status().isConflict());
    }

    @Test
    @Order(2)
    void theManagerComments() throws Exception {
        call(post(API + "/participants/" + participantId + "/comment"), staff, new DefenceComment("自评", 1L)).andExpect(status().isForbidden());
        call(post(API + "/participants/" + participantId + "/comment"), lead, new DefenceComment("方法可推广到华南区", 1L))
                .andExpect(status().isOk()).andExpect(jsonPath("$.managerComment").value("方法可推广到华南区"));
        call(post(API + "/participants/" + participantId + "/comment"), lead, new DefenceComment("旧版本", 1L)).andExpect(status().isConflict());
    }

    @Test
    @Order(3)
    void theLibraryFindsTheRecordByItsAnswersAndFilters() throws Exception {
        CurrentUser hr = TestUsers.user("defence-hr", null, Role.HR);
        call(get(API + "?q=" + WORD), hr, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].employeeName").value("王小明"));
        call(get(API + "?q=" + WORD + " 三层"), hr, null).andExpect(jsonPath("$.totalElements").value(1));
        call(get(API + "?q=" + WORD + " 不存在的词"), hr, null).andExpect(jsonPath("$.totalElements").value(0));
        call(get(API + "?q=" + WORD + "&obstacle=STRATEGY_ERROR"), hr, null).andExpect(jsonPath("$.totalElements").value(1));
        call(get(API + "?q=" + WORD + "&obstacle=MARKET_ENVIRONMENT"), hr, null).andExpect(jsonPath("$.totalElements").value(0));
        call(get(API + "?q=" + WORD + "&orgUnitId=" + world.company().id()), hr, null).andExpect(jsonPath("$.totalElements").value(1));
        call(get(API + "?q=" + WORD + "&orgUnitId=" + world.marketing().id()), hr, null).andExpect(jsonPath("$.totalElements").value(0));
        call(get(API + "?cycleId=" + world.cycle().id()), hr, null).andExpect(jsonPath("$.totalElements").value(1));
        // a percent sign is a character to look for, not a wildcard
        call(get(API + "?q=%25" + "&cycleId=" + world.cycle().id()), hr, null).andExpect(jsonPath("$.totalElements").value(0));

        byte[] xlsx = mvc.perform(get(API + "/export.xlsx").param("q", WORD).with(TestUsers.as(hr)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).contains(WORD);
        }
    }

    @Test
    @Order(4)
    void managersReadTheCompanyLibraryEmployeesOnlyTheirOwn() throws Exception {
        CurrentUser colleague = world.as(world.peers().get(0));
        CurrentUser otherManager = world.as(world.marketingHead(), Role.MANAGER);
        call(get(API + "?q=" + WORD), colleague, null).andExpect(jsonPath("$.totalElements").value(0));
        call(get(API + "/participants/" + participantId), colleague, null).andExpect(status().isNotFound());
        call(get(API + "?q=" + WORD), otherManager, null).andExpect(jsonPath("$.totalElements").value(1));
        call(get(API + "/participants/" + participantId), otherManager, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.canComment").value(false));
        call(get(API + "?q=" + WORD), staff, null).andExpect(jsonPath("$.totalElements").value(1));
        call(get(API), TestUsers.token("defence-token", "org:read"), null).andExpect(status().isForbidden());
    }

    @Test
    @Order(5)
    void onlyQuarterlyCyclesHaveDefenceRecords() throws Exception {
        PeerFixture.World monthly = fixture.world(CycleType.MONTHLY);
        call(put(API + "/participants/" + monthly.staffParticipant().id()), monthly.as(monthly.staff()),
                new DefenceForm(null, "目标", null, null, null, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("participantId"))
                .andExpect(jsonPath("$.errors[0].field").value(not("obstacle")));
    }

    private static DefenceForm full(Long version) {
        return new DefenceForm(Obstacle.STRATEGY_ERROR, "新客户数目标 15 家只完成 9 家,渠道过度依赖展会",
                "下季度把展会预算的三成转到" + WORD + "和老客户转介绍", "按年采购额把客户分为 A/B/C 三层,A 层每月拜访",
                "先用小预算验证渠道转化率,再按转化率分配预算", version);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, CurrentUser user, Object body) throws Exception {
        request.with(TestUsers.as(user)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }
}
