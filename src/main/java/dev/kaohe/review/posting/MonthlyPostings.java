package dev.kaohe.review.posting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.posting.domain.Places;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly posting (公示) of basic results (R12, R108): once a cycle's results are published, every participant's
 * current final score and grade, placed among the cycle, searchable and exported to Excel. Before publication there is
 * nothing to post. The posting step is publication (calibration locked, then published), so what is posted is what
 * the participants were told. Who reads which rows: {@link PostingAccess}.
 */
@Service
public class MonthlyPostings {

    private final Cycles cycles;
    private final CycleDirectory directory;
    private final ResultStore results;
    private final PostingAccess access;
    private final PostingSettings settings;
    private final Messages messages;

    MonthlyPostings(Cycles cycles, CycleDirectory directory, ResultStore results, PostingAccess access, PostingSettings settings,
                    Messages messages) {
        this.cycles = cycles;
        this.directory = directory;
        this.results = results;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    /** One page of the cycle's posting, {@code q} matching name, employee number or department; 404 for a cycle out of reach. */
    @Transactional(readOnly = true)
    public PostingView posting(long cycleId, String q, Pageable pageable) {
        CurrentUser user = access.person();
        CycleView cycle = cycles.get(cycleId);
        ResultStore.CalibrationState state = results.calibration(cycleId);
        PostingAccess.Reach reach = access.reach(user, List.of(cycleId));
        List<PostingView.Row> rows = state.published() ? rows(cycleId, reach, q) : List.of();
        return new PostingView(cycle.id(), cycle.name(), cycle.periodLabel(), cycle.type(), state.published(), state.publishedAt(),
                cycle.quarterlyCycleId(), reach.allRows() || reach.everyone(), Pages.of(rows, pageable));
    }

    /** The matching rows of the posting as .xlsx (at most the configured number). */
    @Transactional(readOnly = true)
    public SheetExport export(long cycleId, String q) {
        PostingView posting = posting(cycleId, q, PageRequest.of(0, settings.exportMaxRows()));
        return out -> write(posting, out);
    }

    private void write(PostingView posting, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.get("posting.title"));
            String[] headers = {"posting.column.place", "review.field.assessee", "posting.column.employeeNo", "review.field.department",
                    "review.field.position", "review.field.score", "review.field.grade", "review.field.versionNo"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                SheetCells.text(head, c, messages.get(headers[c]));
            }
            int r = 1;
            for (PostingView.Row p : posting.rows().getContent()) {
                Row row = sheet.createRow(r++);
                if (p.place() != null) {
                    row.createCell(0).setCellValue(p.place());
                }
                SheetCells.text(row, 1, p.employeeName());
                SheetCells.text(row, 2, p.employeeNo());
                SheetCells.text(row, 3, p.orgUnitName());
                SheetCells.text(row, 4, p.positionName());
                if (p.score() != null) {
                    row.createCell(5).setCellValue(p.score().doubleValue());
                }
                SheetCells.text(row, 6, p.grade());
                if (p.versionNo() != null) {
                    row.createCell(7).setCellValue(p.versionNo());
                }
            }
            book.write(out);
        }
    }

    private List<PostingView.Row> rows(long cycleId, PostingAccess.Reach reach, String q) {
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        Map<Long, ResultStore.StoredResult> current = results.currentOfCycle(cycleId);
        Map<Long, BigDecimal> scores = new HashMap<>();
        current.forEach((participantId, r) -> scores.put(participantId, r.finalScore()));
        Map<Long, Integer> places = Places.of(scores);
        return directory.participants(cycleId).stream()
                .filter(p -> reach.row(p.employeeId()))
                .filter(p -> Pages.matches(q, p.employeeName(), p.employeeNo(), p.orgUnitName()))
                .map(p -> row(p, current.get(p.id()), places.get(p.id()), reach.detail(p.employeeId()), english))
                .sorted(Comparator.comparing(PostingView.Row::place, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PostingView.Row::employeeNo))
                .toList();
    }

    private static PostingView.Row row(ParticipantView p, ResultStore.StoredResult r, Integer place, boolean detail, boolean english) {
        return new PostingView.Row(p.id(), p.employeeId(), p.employeeNo(), p.employeeName(), p.orgUnitName(), p.positionName(),
                r == null ? null : r.finalScore(), r == null ? null : r.gradeCode(),
                r == null ? null : english ? r.gradeEn() : r.gradeZh(), place, r == null ? null : r.versionNo(), detail && r != null);
    }
}
