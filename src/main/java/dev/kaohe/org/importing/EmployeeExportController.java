package dev.kaohe.org.importing;

import java.io.IOException;

import dev.kaohe.org.EmployeeStatus;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The employee list as .xlsx, in the import template's columns: edit it and import it back. */
@Controller
class EmployeeExportController {

    private final EmployeeExporter exporter;

    EmployeeExportController(EmployeeExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/employees/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                @RequestParam(required = false) EmployeeStatus status, HttpServletResponse response) throws IOException {
        write(exporter, new EmployeeExporter.Filter(q, unit, status), response);
    }

    static void write(EmployeeExporter exporter, EmployeeExporter.Filter filter, HttpServletResponse response) throws IOException {
        exporter.export(filter, () -> {
            response.setContentType(Workbooks.XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("employees.xlsx").build().toString());
            return response.getOutputStream();
        });
    }
}
