package dev.kaohe.cycle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.support.IntegrationTest;
import dev.kaohe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kaohe.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing a year's holidays: a dry run names every bad row; the import replaces the year all at once. */
@IntegrationTest
class CalendarImportIT {

    @Autowired MockMvc mvc;
    @Autowired WorkCalendars calendars;

    final CurrentUser hr = TestUsers.user("cal-hr", null, Role.HR);
    final CurrentUser employee = TestUsers.user("cal-emp", 999_001L);

    static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "2031.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBuiltInYearsAreThereFromTheFirstStart() throws Exception {
        mvc.perform(get("/api/v1/calendar").with(as(employee))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasItems(2025, 2026)));
        mvc.perform(get("/api/v1/calendar/2026").with(as(employee))).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.days[?(@.day == '2026-02-14')].kind").value("WORKDAY"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-02-13").param("days", "5").with(as(employee)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plusWorkingDays").value("2026-02-27"));
    }

    @Test
    void aDryRunNamesEachBadRowAndStoresNothing() throws Exception {
        String bad = """
                date,kind,name
                2031-01-01,HOLIDAY,元旦
                2031-13-01,HOLIDAY,bad
                2030-12-31,HOLIDAY,last year
                2031-01-06,WORKDAY,a Monday
                2031-01-01,HOLIDAY,twice
                2031-02-01,NAP,what
                """;
        mvc.perform(multipart("/api/v1/calendar/2031/preview").file(csv(bad)).with(as(hr)).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(5))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("date"))
                .andExpect(jsonPath("$.problems[2].message").value("2031-01-06 is a weekday: only a Saturday or Sunday can be a make-up workday."))
                .andExpect(jsonPath("$.problems[4].column").value("kind"));
        mvc.perform(multipart("/api/v1/calendar/2031").file(csv(bad)).with(as(hr)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(5));
        assertThat(calendars.isWorkday(LocalDate.of(2031, 1, 1))).isTrue();
    }

    @Test
    void importingAYearReplacesItAndDeadlinesCountWithIt() throws Exception {
        mvc.perform(multipart("/api/v1/calendar/2031").file(csv("date,kind,name\n2031-01-01,HOLIDAY,元旦\n2031-01-02,休,元旦\n2031-01-04,班,调休\n"))
                        .with(as(hr)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.holidays").value(2)).andExpect(jsonPath("$.workdays").value(1));
        assertThat(calendars.isWorkday(LocalDate.of(2031, 1, 2))).isFalse();
        assertThat(calendars.isWorkday(LocalDate.of(2031, 1, 4))).isTrue();
        mvc.perform(multipart("/api/v1/calendar/2031").file(csv("date,kind,name\n2031-05-01,HOLIDAY,劳动节\n"))
                        .with(as(hr)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(calendars.isWorkday(LocalDate.of(2031, 1, 2))).isTrue();
        assertThat(calendars.isWorkday(LocalDate.of(2031, 5, 1))).isFalse();

        mvc.perform(multipart("/api/v1/calendar/2031").file(csv("date,kind,name\n2031-05-01,HOLIDAY,劳动节\n"))
                .with(as(employee)).with(csrf())).andExpect(status().isForbidden());
    }
}
