package dev.kaohe.review.posting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.sheets.SheetCells;
import dev.kaohe.review.internal.ResultStore;
import dev.kaohe.review.posting.domain.Places;
import dev.kaohe.review.posting.domain.QuarterlyComposite;
import dev.kaohe.review.posting.domain.QuarterlyComposite.Missing;
import dev.kaohe.review.posting.domain.QuarterlyComposite.Part;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly weighted composite (R12, R110) of everyone who takes part in a quarterly cycle or in one of the monthly
 * cycles linked to it ({@code cycle.quarterly_cycle_id}): {@link QuarterlyComposite} over their posted (published)
 * monthly results, weighted by {@link PostingSettings}. It is worked out when read, from the current result versions,
 * so it always matches the postings it rests on; its explanation names each month's cycle label and result version.
 */
@Service
public class QuarterlyComposites {

    private final Cycles cycles;
    private final CycleDirectory directory;
    private final ResultStore results;
    private final PostingAccess access;
    private final PostingSettings settings;
    private final Messages messages;

    QuarterlyComposites(Cycles cycles, CycleDirectory directory, ResultStore results, PostingAccess access,
                        PostingSettings settings, Messages messages) {
        this.cycles = cycles;
        this.directory = directory;
        this.results = results;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    /** One page of the quarter's composites, best first; 404 for a cycle out of reach or not quarterly. */
    @Transactional(readOnly = true)
    public CompositeView composites(long cycleId, String q, Pageable pageable) {
        Board board = board(cycleId);
        List<CompositeView.Row> rows = board.rows().stream()
                .filter(r -> board.reach().row(r.employeeId()))
                .filter(r -> Pages.matches(q, r.employeeName(), r.employeeNo(), r.orgUnitName()))
                .map(r -> board.reach().detail(r.employeeId()) ? r
                        : new CompositeView.Row(r.employeeId(), r.employeeNo(), r.employeeName(), r.orgUnitName(), r.composite(),
                        r.status(), r.place(), null, null))
                .toList();
        CycleView quarter = board.quarter();
        return new CompositeView(quarter.id(), quarter.name(), quarter.periodLabel(), board.columns(), settings.missingParts(),
                board.reach().everyone() || board.reach().allRows(), Pages.of(rows, pageable));
    }

    /** One person's composite with its breakdown; 404 when the person is out of the caller's reach or not in the quarter. */
    @Transactional(readOnly = true)
    public CompositeView.Row composite(long cycleId, long employeeId) {
        Board board = board(cycleId);
        if (!board.reach().detail(employeeId)) {
            throw new NotFoundException("composite", cycleId + "/" + employeeId);
        }
        return board.rows().stream().filter(r -> r.employeeId() == employeeId).findFirst()
                .orElseThrow(() -> new NotFoundException("composite", cycleId + "/" + employeeId));
    }

    /** The matching composites as .xlsx: place, person, each part's score, the composite, its status and explanation. */
    @Transactional(readOnly = true)
    public SheetExport export(long cycleId, String q) {
        CompositeView view = composites(cycleId, q, PageRequest.of(0, settings.exportMaxRows()));
        return out -> write(view, out);
    }

    private void write(CompositeView view, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.get("composite.title"));
            Row head = sheet.createRow(0);
            List<String> headers = new ArrayList<>(List.of(messages.get("posting.column.place"), messages.get("review.field.assessee"),
                    messages.get("posting.column.employeeNo"), messages.get("review.field.department")));
            view.columns().forEach(c -> headers.add(c.label()));
            headers.addAll(List.of(messages.get("composite.column.composite"), messages.get("composite.column.status"),
                    messages.get("composite.column.explanation")));
            for (int c = 0; c < headers.size(); c++) {
                SheetCells.text(head, c, headers.get(c));
            }
            int r = 1;
            for (CompositeView.Row x : view.rows().getContent()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                if (x.place() != null) {
                    row.createCell(c).setCellValue(x.place());
                }
                SheetCells.text(row, ++c, x.employeeName());
                SheetCells.text(row, ++c, x.employeeNo());
                SheetCells.text(row, ++c, x.orgUnitName());
                for (int i = 0; i < view.columns().size(); i++) {
                    c++;
                    CompositeView.Part part = x.parts() == null ? null : x.parts().get(i);
                    if (part != null && part.score() != null) {
                        row.createCell(c).setCellValue(part.score().doubleValue());
                    }
                }
                c++;
                if (x.composite() != null) {
                    row.createCell(c).setCellValue(x.composite().doubleValue());
                }
                SheetCells.text(row, ++c, messages.get("composite.status." + x.status().name()));
                SheetCells.text(row, ++c, x.explanation());
            }
            book.write(out);
        }
    }

    // --- the computation

    private record Board(CycleView quarter, List<CompositeView.Column> columns, List<CompositeView.Row> rows,
                         PostingAccess.Reach reach) {
    }

    /** One cycle's facts: whether posted, its participants by employee and their current results by participant. */
    private record Source(CycleView cycle, boolean posted, Map<Long, ParticipantView> byEmployee,
                          Map<Long, ResultStore.StoredResult> results) {
    }

    private Board board(long cycleId) {
        CurrentUser user = access.person();
        CycleView quarter = cycles.get(cycleId);
        if (quarter.type() != CycleType.QUARTERLY) {
            throw new NotFoundException("quarterly cycle", cycleId);
        }
        // as everywhere in review: English when asked for, Chinese (the default locale) otherwise
        Locale locale = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        YearMonth first = YearMonth.from(quarter.periodStart());
        Map<Integer, List<Source>> months = new LinkedHashMap<>();
        for (int m = 1; m <= 3; m++) {
            months.put(m, new ArrayList<>());
        }
        List<Long> cycleIds = new ArrayList<>(List.of(quarter.id()));
        for (CycleView month : directory.monthsOf(quarter.id())) {
            int slot = (int) (first.until(YearMonth.from(month.periodStart()), java.time.temporal.ChronoUnit.MONTHS)) + 1;
            if (slot >= 1 && slot <= 3) {
                months.get(slot).add(source(month));
                cycleIds.add(month.id());
            }
        }
        boolean quarterCounts = settings.quarterWeight().signum() > 0;
        Source own = source(quarter);

        List<CompositeView.Column> columns = new ArrayList<>();
        months.forEach((m, sources) -> columns.add(new CompositeView.Column(m, first.plusMonths(m - 1).toString(), settings.weight(m),
                sources.stream().map(s -> new CompositeView.CycleRef(s.cycle().id(), s.cycle().name(), s.posted())).toList())));
        if (quarterCounts) {
            columns.add(new CompositeView.Column(0, quarter.periodLabel(), settings.quarterWeight(),
                    List.of(new CompositeView.CycleRef(quarter.id(), quarter.name(), own.posted()))));
        }

        // everyone of the quarter and its months, the newest participation naming them
        Map<Long, ParticipantView> people = new LinkedHashMap<>(own.byEmployee());
        months.values().forEach(list -> list.forEach(s -> s.byEmployee().forEach(people::putIfAbsent)));

        Map<Long, QuarterlyComposite.Result> composites = new HashMap<>();
        Map<Long, List<Long>> cyclesOfParts = new HashMap<>();
        Map<Long, List<Part>> partsOf = new HashMap<>();
        for (long employeeId : people.keySet()) {
            List<Part> parts = new ArrayList<>();
            List<Long> partCycles = new ArrayList<>();
            for (Map.Entry<Integer, List<Source>> month : months.entrySet()) {
                Source chosen = choose(month.getValue(), employeeId);
                partCycles.add(chosen == null ? null : chosen.cycle().id());
                parts.add(part(month.getKey(), columns.get(month.getKey() - 1).label(), settings.weight(month.getKey()),
                        month.getValue().isEmpty(), chosen, employeeId));
            }
            if (quarterCounts) {
                partCycles.add(quarter.id());
                parts.add(part(0, quarter.periodLabel(), settings.quarterWeight(), false,
                        own.byEmployee().containsKey(employeeId) ? own : null, employeeId));
            }
            composites.put(employeeId, QuarterlyComposite.of(parts, settings.missingParts()));
            cyclesOfParts.put(employeeId, partCycles);
            partsOf.put(employeeId, parts);
        }
        Map<Long, BigDecimal> scores = new HashMap<>();
        composites.forEach((e, c) -> scores.put(e, c.score()));
        Map<Long, Integer> places = Places.of(scores);

        List<CompositeView.Row> rows = new ArrayList<>();
        for (ParticipantView p : people.values()) {
            QuarterlyComposite.Result c = composites.get(p.employeeId());
            rows.add(new CompositeView.Row(p.employeeId(), p.employeeNo(), p.employeeName(), p.orgUnitName(), c.score(), c.status(),
                    places.get(p.employeeId()), parts(c, partsOf.get(p.employeeId()), cyclesOfParts.get(p.employeeId()), locale), c.explain(locale)));
        }
        rows.sort(Comparator.comparing(CompositeView.Row::place, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CompositeView.Row::employeeNo));
        return new Board(quarter, List.copyOf(columns), rows, access.reach(user, cycleIds));
    }

    private Source source(CycleView cycle) {
        Map<Long, ParticipantView> byEmployee = new LinkedHashMap<>();
        directory.participants(cycle.id()).forEach(p -> byEmployee.put(p.employeeId(), p));
        boolean posted = results.calibration(cycle.id()).published();
        return new Source(cycle, posted, byEmployee, posted ? results.currentOfCycle(cycle.id()) : Map.of());
    }

    /** Of a month's cycles, the one with the person's posted result, else one they take part in (the latest). */
    private static Source choose(List<Source> sources, long employeeId) {
        Source taking = null;
        for (Source s : sources) {
            ParticipantView p = s.byEmployee().get(employeeId);
            if (p == null) {
                continue;
            }
            if (s.results().containsKey(p.id())) {
                return s;
            }
            taking = s;
        }
        return taking;
    }

    private static Part part(int month, String label, BigDecimal weight, boolean noCycle, Source source, long employeeId) {
        if (noCycle) {
            return Part.missing(month, label, weight, Missing.NO_CYCLE);
        }
        if (source == null) {
            return Part.missing(month, label, weight, Missing.NOT_PARTICIPANT);
        }
        if (!source.posted()) {
            return Part.missing(month, label, weight, Missing.NOT_POSTED);
        }
        ResultStore.StoredResult r = source.results().get(source.byEmployee().get(employeeId).id());
        return r == null ? Part.missing(month, label, weight, Missing.NO_RESULT)
                : Part.posted(month, label, weight, r.finalScore(), r.versionNo());
    }

    private static List<CompositeView.Part> parts(QuarterlyComposite.Result c, List<Part> parts, List<Long> cycleIds, Locale locale) {
        Map<Integer, QuarterlyComposite.Used> used = new HashMap<>();
        c.used().forEach(u -> used.put(u.part().month(), u));
        List<CompositeView.Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            QuarterlyComposite.Used u = used.get(p.month());
            out.add(new CompositeView.Part(p.month(), p.label(), p.weight(), u == null ? null : u.effectiveWeight(), cycleIds.get(i),
                    p.score(), p.version(), p.missing() == null ? null : p.missing().describe(locale)));
        }
        return out;
    }
}
