package dev.kaohe.audit.api;

import java.time.LocalDate;

import dev.kaohe.audit.AuditFilter;
import dev.kaohe.audit.AuditQuery;
import dev.kaohe.audit.AuditRecord;
import dev.kaohe.audit.AuditVerifier;
import dev.kaohe.audit.Verification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors, admins and tokens with {@code audit:read}. Read only: the trail is append-only. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditQuery query;
    private final AuditVerifier verifier;
    private final int defaultSize;
    private final int maxSize;

    AuditApiController(AuditQuery query, AuditVerifier verifier,
                       @Value("${kaohe.paging.default-size:20}") int defaultSize,
                       @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.query = query;
        this.verifier = verifier;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** Entries newest first. Dates are UTC days, inclusive. */
    @GetMapping("/entries")
    PagedModel<AuditRecord> entries(@RequestParam(required = false) String entityType,
                                    @RequestParam(required = false) String entityId,
                                    @RequestParam(required = false) String actor,
                                    @RequestParam(required = false) String action,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        int pageSize = size == null ? defaultSize : Math.max(1, Math.min(size, maxSize));
        return new PagedModel<>(query.search(new AuditFilter(entityType, entityId, actor, action, from, to), page, pageSize));
    }

    /** Walks the whole chain and names the first entry that does not check out. */
    @GetMapping("/verify")
    Verification verify() {
        return verifier.verify();
    }
}
