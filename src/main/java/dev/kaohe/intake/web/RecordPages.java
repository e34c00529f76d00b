package dev.kaohe.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.IntakeAccess;
import dev.kaohe.intake.IntakeSettings;
import dev.kaohe.intake.RecordFilter;
import dev.kaohe.intake.RecordImports;
import dev.kaohe.intake.RecordResult;
import dev.kaohe.intake.RecordSettings;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.internal.ActualSheets;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Business-record imports for HR and admins: pick the type, download its template, upload, see the problems,
 * choose how to commit, follow the progress, see the result; the batches; and the committed records (within
 * the viewer's reach) with an Excel export.
 */
@Controller
class RecordPages {

    private final RecordImports imports;
    private final IntakeAccess access;
    private final Messages messages;
    private final IntakeSettings settings;
    private final RecordSettings recordSettings;
    private final int pageSize;

    RecordPages(RecordImports imports, IntakeAccess access, Messages messages, IntakeSettings settings,
                RecordSettings recordSettings, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.imports = imports;
        this.access = access;
        this.messages = messages;
        this.settings = settings;
        this.recordSettings = recordSettings;
        this.pageSize = pageSize;
    }

    @GetMapping("/intake/records")
    String home(@RequestParam(required = false) String type, Model model) {
        access.requireImporter(CurrentUser.get());
        model.addAttribute("types", RecordType.values());
        model.addAttribute("selected", type(type).orElse(RecordType.ORDER));
        model.addAttribute("batches", imports.batches(null, PageRequest.of(0, 10)).getContent());
        return "intake/records";
    }

    @PostMapping("/intake/records")
    String upload(@RequestParam(required = false) String type, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "sourceSystem", required = false) String sourceSystem,
                  @RequestParam(name = "period", required = false) String period, Model model) throws IOException {
        access.requireImporter(CurrentUser.get());
        RecordType recordType = type(type).orElse(null);
        if (recordType == null || file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.get("intake.noFile"));
            return home(type, model);
        }
        RecordImports.Started started;
        try (InputStream in = file.getInputStream()) {
            started = imports.upload(recordType, file.getOriginalFilename(), in, file.getSize(), sourceSystem, period);
        } catch (InvalidInputException badPeriod) {
            model.addAttribute("periodError", badPeriod.problems().get(0).message());
            model.addAttribute("periodValue", period);
            return home(type, model);
        }
        return started.jobId() != null ? "redirect:/jobs/" + started.jobId() : "redirect:/intake/records/batches/" + started.batchId();
    }

    @GetMapping("/intake/records/batches")
    String batches(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
        RecordType recordType = type(type).orElse(null);
        model.addAttribute("types", RecordType.values());
        model.addAttribute("selected", recordType);
        model.addAttribute("page", imports.batches(recordType, PageRequest.of(Math.max(0, page), pageSize)));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/intake/records/batches")
                .queryParamIfPresent("type", Optional.ofNullable(recordType)).build().encode().toUriString());
        return "intake/record-batches";
    }

    @GetMapping("/intake/records/batches/{id}")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(id));
        model.addAttribute("limit", settings.previewListLimit());
        model.addAttribute("withdrawal", imports.withdrawal(id).orElse(null));
        model.addAttribute("superseded", imports.superseded(id));
        model.addAttribute("canWithdraw", CurrentUser.get().hasAny(Role.HR, Role.ADMIN));
        return "intake/record-batch";
    }

    @PostMapping("/intake/records/batches/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            imports.withdraw(id, reason);
        } catch (InvalidInputException problem) {
            model.addAttribute("withdrawError", problem.problems().get(0).message());
            return batch(id, model);
        }
        return "redirect:/intake/records/batches/" + id;
    }

    @PostMapping("/intake/records/batches/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "ALL_OR_NOTHING") CommitMode mode, Model model) {
        try {
            RecordResult result = imports.commit(id, mode);
            if (result.jobId() != null) {
                return "redirect:/jobs/" + result.jobId();
            }
        } catch (InvalidInputException problems) {
            return batch(id, model);
        }
        return "redirect:/intake/records/batches/" + id;
    }

    @GetMapping("/intake/records/batches/{id}/problems.xlsx")
    void problems(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.batch(id);
        attachment(response, "problems-" + id + ".xlsx");
        imports.problemsXlsx(id, response.getOutputStream());
    }

    @GetMapping("/intake/records/templates/{type}.xlsx")
    ResponseEntity<byte[]> templateXlsx(@PathVariable String type) {
        RecordType recordType = type(type).orElseThrow(() -> new NotFoundException("record type", type));
        return IntakePages.download(imports.templateXlsx(recordType), messages.get("intake.records.type." + recordType.name()) + ".xlsx",
                ActualSheets.XLSX);
    }

    @GetMapping("/intake/records/templates/{type}.csv")
    ResponseEntity<byte[]> templateCsv(@PathVariable String type) {
        RecordType recordType = type(type).orElseThrow(() -> new NotFoundException("record type", type));
        return IntakePages.download(imports.templateCsv(recordType), messages.get("intake.records.type." + recordType.name()) + ".csv",
                "text/csv;charset=UTF-8");
    }

    @GetMapping("/intake/records/list")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String employeeNo,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) UUID batch, @RequestParam(required = false) String reference,
                @RequestParam(defaultValue = "0") int page, Model model) {
        RecordFilter filter = filter(type, employeeNo, from, to, batch, reference);
        model.addAttribute("types", RecordType.values());
        model.addAttribute("filter", filter);
        model.addAttribute("fields", imports.fields(filter.type()));
        model.addAttribute("zone", recordSettings.zone());
        model.addAttribute("page", imports.records(filter, PageRequest.of(Math.max(0, page), pageSize)));
        String query = query(filter);
        model.addAttribute("base", "/intake/records/list" + query);
        model.addAttribute("export", "/intake/records/list.xlsx" + query);
        model.addAttribute("canImport", access.canImport(CurrentUser.get()));
        return "intake/record-list";
    }

    @GetMapping("/intake/records/list.xlsx")
    void export(@RequestParam(required = false) String type, @RequestParam(required = false) String employeeNo,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) UUID batch, @RequestParam(required = false) String reference,
                HttpServletResponse response) throws IOException {
        RecordFilter filter = filter(type, employeeNo, from, to, batch, reference);
        access.visibility(CurrentUser.get());
        attachment(response, "records-" + filter.type().name().toLowerCase(Locale.ROOT) + ".xlsx");
        imports.recordsXlsx(filter, response.getOutputStream());
    }

    private static RecordFilter filter(String type, String employeeNo, LocalDate from, LocalDate to, UUID batch, String reference) {
        return new RecordFilter(type(type).orElse(RecordType.ORDER), blank(employeeNo), from, to, batch, blank(reference));
    }

    private static String query(RecordFilter filter) {
        return UriComponentsBuilder.newInstance()
                .queryParam("type", filter.type().name())
                .queryParamIfPresent("employeeNo", Optional.ofNullable(filter.employeeNo()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("batch", Optional.ofNullable(filter.batchId()))
                .queryParamIfPresent("reference", Optional.ofNullable(filter.reference()))
                .build().encode().toUriString();
    }

    static Optional<RecordType> type(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(ActualSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
