package dev.kaohe.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: newest first, filtered, a page at a time, or all of it into a workbook. */
@Service
public class AuditQuery {

    private static final String COLUMNS =
            "seq, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash";

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy accessPolicy;
    private final Messages messages;
    private final int exportMaxRows;

    AuditQuery(NamedParameterJdbcTemplate jdbc, AccessPolicy accessPolicy, Messages messages,
               @Value("${kaohe.audit.export-max-rows:200000}") int exportMaxRows) {
        this.jdbc = jdbc;
        this.accessPolicy = accessPolicy;
        this.messages = messages;
        this.exportMaxRows = exportMaxRows;
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, int page, int size) {
        accessPolicy.requireAuditReader(CurrentUser.get());
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) Math.max(page, 0) * size);
        List<AuditRecord> rows = jdbc.query("select " + COLUMNS + " from audit_entry" + where
                + " order by seq desc limit :limit offset :offset", params, AuditVerifier::map);
        return new PageImpl<>(rows, PageRequest.of(Math.max(page, 0), size), total);
    }

    /** Writes the filtered trail, newest first, as an .xlsx workbook (streamed; at most {@code kaohe.audit.export-max-rows}). */
    @Transactional(readOnly = true)
    public void export(AuditFilter filter, OutputStream out) throws IOException {
        accessPolicy.requireAuditReader(CurrentUser.get());
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("limit", exportMaxRows);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.get("audit.title"));
            String[] headers = {"seq", "occurredAt", "actor", "action", "entityType", "entityId",
                    "before", "after", "prevHash", "hash"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                SheetCells.text(head, i, messages.get("audit.column." + headers[i]));
            }
            int[] rowIndex = {1};
            jdbc.query("select " + COLUMNS + " from audit_entry" + where + " order by seq desc limit :limit", params, rs -> {
                AuditRecord entry = AuditVerifier.map(rs, rowIndex[0]);
                Row row = sheet.createRow(rowIndex[0]++);
                row.createCell(0).setCellValue(entry.seq());
                SheetCells.text(row, 1, entry.occurredAt().toString());
                SheetCells.text(row, 2, entry.actor());
                SheetCells.text(row, 3, entry.action());
                SheetCells.text(row, 4, entry.entityType());
                SheetCells.text(row, 5, nullToEmpty(entry.entityId()));
                SheetCells.text(row, 6, cell(entry.before()));
                SheetCells.text(row, 7, cell(entry.after()));
                SheetCells.text(row, 8, entry.prevHash());
                SheetCells.text(row, 9, entry.hash());
            });
            workbook.write(out);
        }
    }

    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (hasText(filter.entityType())) {
            conditions.add("entity_type = :entityType");
            params.addValue("entityType", filter.entityType().trim());
        }
        if (hasText(filter.entityId())) {
            conditions.add("entity_id = :entityId");
            params.addValue("entityId", filter.entityId().trim());
        }
        if (hasText(filter.actor())) {
            conditions.add("actor ilike :actor");
            params.addValue("actor", "%" + escapeLike(filter.actor().trim()) + "%");
        }
        if (hasText(filter.action())) {
            conditions.add("action like :action");
            params.addValue("action", escapeLike(filter.action().trim()) + "%");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Excel holds at most 32,767 characters in a cell. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value;
    }
}
