package dev.kaohe.org.importing;

import java.io.IOException;
import java.util.UUID;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.jobs.BackgroundJobs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload → preview with every problem → commit, for HR and admins. */
@Controller
@RequestMapping("/org/import")
class ImportPageController {

    private final OrgImport orgImport;
    private final AccessPolicy access;
    private final Messages messages;
    private final ImportProperties properties;
    private final BackgroundJobs jobs;

    ImportPageController(OrgImport orgImport, AccessPolicy access, Messages messages, ImportProperties properties,
                         BackgroundJobs jobs) {
        this.jobs = jobs;
        this.orgImport = orgImport;
        this.access = access;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping
    String form() {
        access.requireOrgManager(CurrentUser.get());
        return "org/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        access.requireOrgManager(CurrentUser.get());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.get("import.noFile"));
            return "org/import";
        }
        UUID id = orgImport.upload(file.getOriginalFilename(), file.getBytes());
        return "redirect:/org/import/" + id;
    }

    @GetMapping("/{id}")
    String preview(@PathVariable UUID id, Model model) {
        ImportReport report = orgImport.preview(id);
        model.addAttribute("report", report);
        model.addAttribute("limit", properties.previewListLimit());
        return "org/import-preview";
    }

    @PostMapping("/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam(required = false) String fingerprint,
                  @RequestParam(defaultValue = "0") int changes, RedirectAttributes redirect) {
        access.requireOrgManager(CurrentUser.get());
        if (changes > properties.backgroundAboveChanges()) {
            UUID job = jobs.start("org.import", progress -> {
                orgImport.commit(id, fingerprint == null ? "" : fingerprint, progress);
                return "/org/import/" + id;
            });
            return "redirect:/jobs/" + job;
        }
        try {
            orgImport.commit(id, fingerprint == null ? "" : fingerprint);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("importError", e instanceof ConflictException ? e.getMessage()
                    : messages.get("import.conflict.stale"));
        }
        return "redirect:/org/import/" + id;
    }

    @GetMapping("/{id}/problems.xlsx")
    ResponseEntity<byte[]> problems(@PathVariable UUID id) {
        return download(orgImport.problemsXlsx(id), "import-problems.xlsx", Workbooks.XLSX);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return download(orgImport.templateXlsx(), "组织导入模板.xlsx", Workbooks.XLSX);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(orgImport.templateCsv(), "组织导入模板.csv", "text/csv;charset=UTF-8");
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }
}
