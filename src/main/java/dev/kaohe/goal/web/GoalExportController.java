package dev.kaohe.goal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.kaohe.goal.GoalForms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The forms T5–T9 of a period as .xlsx. */
@Controller
class GoalExportController {

    private final GoalForms forms;

    GoalExportController(GoalForms forms) {
        this.forms = forms;
    }

    @GetMapping("/goals/export/{form}")
    void export(@PathVariable String form, @RequestParam int year, @RequestParam(required = false) Integer quarter,
                HttpServletResponse response) throws IOException {
        GoalForms.Table table = forms.table(form, year, quarter);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(table.name() + "-" + year + (quarter == null ? "" : "Q" + quarter) + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        forms.write(table, response.getOutputStream());
    }
}
