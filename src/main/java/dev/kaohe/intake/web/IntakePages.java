package dev.kaohe.intake.web;

import java.io.IOException;
import java.util.UUID;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.intake.ActualFilter;
import dev.kaohe.intake.Actuals;
import dev.kaohe.intake.Intake;
import dev.kaohe.intake.IntakeAccess;
import dev.kaohe.intake.IntakeResult;
import dev.kaohe.intake.IntakeSettings;
import dev.kaohe.intake.internal.ActualSheets;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/** Upload → dry run → commit for HR and admins; the actuals list and each actual's lineage for everyone in reach. */
@Controller
class IntakePages {

    private final Intake intake;
    private final Actuals actuals;
    private final IntakeAccess access;
    private final Messages messages;
    private final int pageSize;
    private final IntakeSettings settings;

    IntakePages(Intake intake, Actuals actuals, IntakeAccess access, Messages messages, IntakeSettings settings,
                @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.settings = settings;
        this.intake = intake;
        this.actuals = actuals;
        this.access = access;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/intake")
    String home(Model model) {
        model.addAttribute("batches", intake.recent());
        return "intake/upload";
    }

    @PostMapping("/intake")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "sourceSystem", required = false) String sourceSystem, Model model) throws IOException {
        access.requireImporter(CurrentUser.get());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.get("intake.noFile"));
            return home(model);
        }
        UUID id = intake.upload(file.getOriginalFilename(), file.getBytes(), sourceSystem);
        return "redirect:/intake/batches/" + id;
    }

    @GetMapping("/intake/batches/{id}")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", intake.preview(id));
        model.addAttribute("limit", settings.previewListLimit());
        return "intake/batch";
    }

    @PostMapping("/intake/batches/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "ALL_OR_NOTHING") dev.kaohe.intake.CommitMode mode, Model model) {
        try {
            IntakeResult result = intake.commit(id, mode);
            if (result.jobId() != null) {
                return "redirect:/jobs/" + result.jobId();
            }
        } catch (InvalidInputException problems) {
            return batch(id, model);
        }
        return "redirect:/intake/batches/" + id;
    }

    @GetMapping("/intake/batches/{id}/problems.xlsx")
    ResponseEntity<byte[]> problems(@PathVariable UUID id) {
        return download(intake.problemsXlsx(id), "intake-problems.xlsx", ActualSheets.XLSX);
    }

    @GetMapping("/intake/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        access.requireImporter(CurrentUser.get());
        return download(intake.templateXlsx(), "实际值导入模板.xlsx", ActualSheets.XLSX);
    }

    @GetMapping("/intake/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        access.requireImporter(CurrentUser.get());
        return download(intake.templateCsv(), "实际值导入模板.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/intake/actuals")
    String list(@RequestParam(required = false) String employeeNo, @RequestParam(required = false) String indicator,
                @RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean history,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ActualFilter filter = new ActualFilter(employeeNo, indicator, period, history);
        model.addAttribute("filter", filter);
        model.addAttribute("page", actuals.search(filter, PageRequest.of(Math.max(0, page), pageSize)));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/intake/actuals")
                .queryParamIfPresent("employeeNo", java.util.Optional.ofNullable(blank(employeeNo)))
                .queryParamIfPresent("indicator", java.util.Optional.ofNullable(blank(indicator)))
                .queryParamIfPresent("period", java.util.Optional.ofNullable(blank(period)))
                .queryParam("history", history).build().encode().toUriString());
        model.addAttribute("canImport", access.canImport(CurrentUser.get()));
        return "intake/actuals";
    }

    @GetMapping("/intake/actuals/{id}")
    String lineage(@PathVariable long id, Model model) {
        model.addAttribute("lineage", actuals.lineage(id));
        return "intake/lineage";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static ResponseEntity<byte[]> download(byte[] content, String fileName, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }
}
