package dev.kaohe.review.peer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.sheets.SheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous summary of a participant's feedback (R98): shown to whoever may see the participant (the assessee
 * from the configured phase on), with peers' and customers' answers hidden until enough of them answered and never
 * with names, on the page, in the API and in the export.
 */
@Service
public class PeerSummaries {

    private final PeerStore store;
    private final PeerItems items;
    private final CycleDirectory cycles;
    private final PeerAccess access;
    private final PeerSettings settings;
    private final Messages messages;

    PeerSummaries(PeerStore store, PeerItems items, CycleDirectory cycles, PeerAccess access, PeerSettings settings,
                  Messages messages) {
        this.store = store;
        this.items = items;
        this.cycles = cycles;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public PeerSummary summary(long participantId) {
        CurrentUser user = access.person();
        ParticipantView participant = cycles.participant(participantId)
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        if (!access.canSee(user, participant)) {
            throw new NotFoundException("participant", participantId);
        }
        CycleView cycle = cycles.cycle(participant.cycleId()).orElseThrow();
        if (user.isEmployee(participant.employeeId()) && cycle.phase().isBefore(settings.assesseeSeesFrom())) {
            return new PeerSummary(participantId, participant.employeeName(), cycle.name(), cycle.periodLabel(), false,
                    settings.minRatersToShow(), List.of());
        }
        List<PeerStore.Answer> answers = store.answers(participantId);
        List<PeerSummary.KindSummary> kinds = new ArrayList<>();
        for (RaterKind kind : RaterKind.values()) {
            List<PeerStore.Answer> of = answers.stream().filter(a -> a.kind() == kind).toList();
            boolean shown = kind == RaterKind.CROSS_DEPARTMENT ? !of.isEmpty() : of.size() >= settings.minRatersToShow();
            if (!shown) {
                kinds.add(new PeerSummary.KindSummary(kind, of.size(), false, List.of(), null, null, List.of()));
                continue;
            }
            List<PeerSummary.ItemAverage> averages = new ArrayList<>();
            if (kind != RaterKind.CROSS_DEPARTMENT) {
                for (ItemToRate item : items.open(participant, kind)) {
                    BigDecimal average = average(of.stream().map(a -> a.form().ratings().get(item.code())).toList());
                    if (average != null) {
                        averages.add(new PeerSummary.ItemAverage(item.code(), item.name(), average));
                    }
                }
            }
            List<PeerSummary.Remark> remarks = of.stream()
                    .map(a -> new PeerSummary.Remark(a.form().caseText(), a.form().comment(),
                            kind == RaterKind.CROSS_DEPARTMENT ? a.unitName() : null))
                    // a stable order that does not follow who answered first
                    .sorted(Comparator.comparing(r -> Objects.toString(r.caseText(), "") + Objects.toString(r.comment(), "")))
                    .toList();
            kinds.add(new PeerSummary.KindSummary(kind, of.size(), true, averages,
                    average(of.stream().map(a -> a.form().responseSpeed()).toList()),
                    average(of.stream().map(a -> a.form().cooperation()).toList()), remarks));
        }
        return new PeerSummary(participantId, participant.employeeName(), cycle.name(), cycle.periodLabel(), true,
                settings.minRatersToShow(), kinds);
    }

    /** The summary as .xlsx: the same anonymous content as the page. */
    public void export(long participantId, OutputStream out) throws IOException {
        PeerSummary summary = summary(participantId);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("360");
            int r = 0;
            Row head = sheet.createRow(r++);
            String[] headers = {"peer.summary.kind", "peer.summary.answered", "peer.summary.item", "peer.summary.average",
                    "peer.field.caseText", "peer.field.comment", "peer.summary.department"};
            for (int c = 0; c < headers.length; c++) {
                SheetCells.text(head, c, messages.get(headers[c]));
            }
            for (PeerSummary.KindSummary kind : summary.kinds()) {
                String kindName = messages.get("peer.kind." + kind.kind().name());
                Row row = sheet.createRow(r++);
                SheetCells.text(row, 0, kindName);
                row.createCell(1).setCellValue(kind.answered());
                if (!kind.shown()) {
                    SheetCells.text(row, 2, messages.get("peer.summary.hidden", summary.minRatersToShow()));
                    continue;
                }
                for (PeerSummary.ItemAverage item : kind.items()) {
                    Row line = sheet.createRow(r++);
                    SheetCells.text(line, 0, kindName);
                    SheetCells.text(line, 2, item.name());
                    line.createCell(3).setCellValue(item.average().doubleValue());
                }
                if (kind.responseSpeed() != null) {
                    Row line = sheet.createRow(r++);
                    SheetCells.text(line, 0, kindName);
                    SheetCells.text(line, 2, messages.get("peer.field.responseSpeed"));
                    line.createCell(3).setCellValue(kind.responseSpeed().doubleValue());
                    line = sheet.createRow(r++);
                    SheetCells.text(line, 0, kindName);
                    SheetCells.text(line, 2, messages.get("peer.field.cooperation"));
                    line.createCell(3).setCellValue(kind.cooperation().doubleValue());
                }
                for (PeerSummary.Remark remark : kind.remarks()) {
                    Row line = sheet.createRow(r++);
                    SheetCells.text(line, 0, kindName);
                    SheetCells.text(line, 4, remark.caseText());
                    SheetCells.text(line, 5, remark.comment());
                    SheetCells.text(line, 6, remark.department());
                }
            }
            book.write(out);
        }
    }

    static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }
}
