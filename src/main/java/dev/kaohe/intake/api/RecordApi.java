package dev.kaohe.intake.api;

import dev.kaohe.platform.web.PageResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kaohe.intake.CommitMode;
import dev.kaohe.intake.RecordBatchView;
import dev.kaohe.intake.RecordFilter;
import dev.kaohe.intake.RecordImports;
import dev.kaohe.intake.RecordResult;
import dev.kaohe.intake.RecordType;
import dev.kaohe.intake.RecordView;
import dev.kaohe.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ingestion of business records by systems (CRM, survey platform, ticketing; token scope intake:write), batch
 * status, and the committed records within the caller's reach. Each row is a JSON object whose fields are the
 * template's keys (employeeNo, reference, date, amount, …).
 */
@RestController
@RequestMapping("/api/v1/intake/records")
class RecordApi {

    private final RecordImports imports;
    private final int defaultSize;
    private final int maxSize;

    RecordApi(RecordImports imports, @Value("${kaohe.paging.default-size:20}") int defaultSize,
              @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.imports = imports;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** Checks and commits the rows (all-or-nothing unless mode=VALID_ROWS); the same Idempotency-Key again answers the first result. */
    @PostMapping("/{type}")
    RecordResult ingest(@PathVariable String type, @RequestBody List<Map<String, Object>> rows,
                        @RequestParam(defaultValue = "ALL_OR_NOTHING") CommitMode mode,
                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return imports.ingest(type(type), rows, mode, idempotencyKey);
    }

    @GetMapping("/batches/{id}")
    RecordBatchView batch(@PathVariable UUID id) {
        return imports.batch(id);
    }

    /** Withdraws a committed batch (HR and admins): body {"reason": "…"}, the reason is required. */
    @PostMapping("/batches/{id}/withdraw")
    RecordBatchView withdraw(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        return imports.withdraw(id, body == null ? null : body.get("reason"));
    }

    @GetMapping("/{type}")
    PageResponse<RecordView> search(@PathVariable String type, @RequestParam(required = false) String employeeNo,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) UUID batch, @RequestParam(required = false) String reference,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        int pageSize = Math.min(maxSize, Math.max(1, size == null ? defaultSize : size));
        return PageResponse.of(imports.records(new RecordFilter(type(type), employeeNo, from, to, batch, reference),
                PageRequest.of(Math.max(0, page), pageSize)));
    }

    private static RecordType type(String text) {
        try {
            return RecordType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("record type", text);
        }
    }
}
