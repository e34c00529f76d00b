package dev.kaohe.org.importing;

import java.io.IOException;

import dev.kaohe.org.EmployeeStatus;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Organisation import and employee export for integrations. Import needs HR, admin or a token with org:write. */
@RestController
@RequestMapping("/api/v1")
class OrgImportApi {

    private final OrgImport orgImport;
    private final EmployeeExporter exporter;

    OrgImportApi(OrgImport orgImport, EmployeeExporter exporter) {
        this.orgImport = orgImport;
        this.exporter = exporter;
    }

    @Operation(summary = "Check (dryRun=true) or import an .xlsx/.csv of employees",
            description = "With dryRun=true nothing is written and every problem is listed by row and column. "
                    + "With dryRun=false a file without problems is imported in one transaction; a file with problems "
                    + "answers 400 listing them, and nothing is written.")
    @PostMapping(path = "/org/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        byte[] content = file.getBytes();
        return dryRun ? orgImport.check(file.getOriginalFilename(), content)
                : orgImport.importNow(file.getOriginalFilename(), content);
    }

    @Operation(summary = "The import template (.xlsx) with the valid codes")
    @GetMapping("/org/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ImportPageController.download(orgImport.templateXlsx(), "org-import-template.xlsx", Workbooks.XLSX);
    }

    @Operation(summary = "Employees the caller may see, as .xlsx in the import template's columns")
    @GetMapping("/employees/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                @RequestParam(required = false) EmployeeStatus status, HttpServletResponse response) throws IOException {
        EmployeeExportController.write(exporter, new EmployeeExporter.Filter(q, unit, status), response);
    }
}
