package dev.kaohe.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import dev.kaohe.audit.AuditFilter;
import dev.kaohe.audit.AuditQuery;
import dev.kaohe.audit.AuditVerifier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for auditors and admins: filter, page, verify the chain, export. */
@Controller
class AuditController {

    private final AuditQuery query;
    private final AuditVerifier verifier;
    private final java.time.Clock clock;
    private final int pageSize;

    AuditController(AuditQuery query, AuditVerifier verifier, java.time.Clock clock,
                    @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.query = query;
        this.verifier = verifier;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(entityType, entityId, actor, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("page", query.search(filter, page, pageSize));
        return "audit/list";
    }

    @GetMapping("/audit/verify")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", verifier.verify());
        return htmx != null ? "audit/list :: verification" : "audit/verified";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(entityType, entityId, actor, action, from, to);
        // checks access before anything is written to the response
        query.search(filter, 0, 1);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail-"
                + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx\"");
        query.export(filter, response.getOutputStream());
    }
}
