package dev.kaohe.cycle;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kaohe.cycle.domain.CalendarEntry;
import dev.kaohe.cycle.domain.DayKind;
import dev.kaohe.cycle.domain.WorkingCalendar;
import dev.kaohe.cycle.internal.CalendarStore;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.platform.calendar.WorkdayCalendar;
import dev.kaohe.platform.sheets.CellValues;
import dev.kaohe.platform.sheets.SheetReader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar: public holidays and make-up workdays (调休) imported per year from .csv or .xlsx
 * (date, kind HOLIDAY/WORKDAY, name), with a dry run that names every bad row. Every node keeps the calendar in
 * memory and reads it again when another node imported a year (checked at most every
 * {@code kaohe.cycle.calendar-cache-ttl}). Everyone signed in reads it; HR and admins import.
 */
@Service
public class WorkCalendars implements WorkdayCalendar {

    private static final int MAX_ROWS = 400;

    private final CalendarStore store;
    private final CycleAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final CycleSettings settings;
    private volatile Cached cached;

    WorkCalendars(CalendarStore store, CycleAccess access, AuditTrail audit, Messages messages, Clock clock, CycleSettings settings) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    private record Cached(WorkingCalendar calendar, String stamp, Instant checkedAt) {
    }

    /** The calendar as stored now (cached per node, see the class comment). */
    public WorkingCalendar calendar() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.checkedAt().plus(settings.calendarCacheTtl()))) {
            return current.calendar();
        }
        String stamp = store.stamp();
        if (current != null && current.stamp().equals(stamp)) {
            cached = new Cached(current.calendar(), stamp, now);
            return current.calendar();
        }
        WorkingCalendar fresh = new WorkingCalendar(store.all());
        cached = new Cached(fresh, stamp, now);
        return fresh;
    }

    @Override
    public boolean isWorkday(LocalDate day) {
        return calendar().isWorkday(day);
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        return calendar().addWorkingDays(from, days);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** The years imported, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        access.person();
        return store.years().stream().map(CalendarStore.YearRow::year).toList();
    }

    @Transactional(readOnly = true)
    public CalendarYearView year(int year) {
        access.person();
        requireYear(year);
        var row = store.yearRow(year);
        Locale locale = LocaleContextHolder.getLocale();
        List<CalendarYearView.Day> days = store.year(year).stream().map(e -> new CalendarYearView.Day(e.day(), e.kind().name(),
                e.name(), e.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale))).toList();
        WorkingCalendar calendar = calendar();
        int working = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
        return new CalendarYearView(year, row.isPresent(), row.map(CalendarStore.YearRow::source).orElse(null),
                row.map(CalendarStore.YearRow::importedBy).orElse(null), row.map(CalendarStore.YearRow::importedAt).orElse(null),
                working, days);
    }

    /** Checks a file without storing anything. */
    public CalendarImportReport preview(int year, byte[] content) {
        requireImporter();
        requireYear(year);
        return parse(year, content).report(false);
    }

    /** Replaces the year's entries with the file's, all or nothing; refused with every bad row named. */
    @Transactional
    public CalendarImportReport importYear(int year, byte[] content, String source) {
        requireImporter();
        requireYear(year);
        Parsed parsed = parse(year, content);
        if (!parsed.problems().isEmpty()) {
            throw new InvalidInputException(parsed.problems().stream()
                    .map(p -> new FieldProblem(messages.get("cycle.calendar.rowColumn", p.row(), p.column()), p.value(), p.message()))
                    .toList());
        }
        store(year, parsed.entries(), source == null || source.isBlank() ? "upload" : source.strip());
        return parsed.report(true);
    }

    /** Loads a built-in year's file when that year was never imported (first start); false when it was already there. */
    @Transactional
    public boolean loadBuiltIn(int year, byte[] content, String source) {
        if (store.yearRow(year).isPresent()) {
            return false;
        }
        Parsed parsed = parse(year, content);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("built-in calendar " + source + " is invalid: " + parsed.problems());
        }
        store(year, parsed.entries(), source);
        return true;
    }

    private void store(int year, List<CalendarEntry> entries, String source) {
        String actor = CurrentUser.find().map(CurrentUser::username).orElse(CurrentUser.SYSTEM);
        List<CalendarEntry> before = store.year(year);
        store.replaceYear(year, entries, source, actor, clock.instant());
        audit.record("calendar.import", "work_calendar_year", year, Map.of("days", before.size()),
                Map.of("days", entries.size(), "source", source));
        cached = null;
    }

    private void requireImporter() {
        CurrentUser user = access.person();
        if (!access.canManage(user)) {
            throw new AccessDeniedException("the calendar is imported by HR and admins");
        }
    }

    private void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", messages.get("cycle.calendar.error.year", year));
        }
    }

    private record Parsed(int year, int rows, List<CalendarEntry> entries, List<CalendarImportReport.RowProblem> problems) {
        CalendarImportReport report(boolean committed) {
            int holidays = (int) entries.stream().filter(e -> e.kind() == DayKind.HOLIDAY).count();
            return new CalendarImportReport(year, rows, holidays, entries.size() - holidays, problems, committed);
        }
    }

    private Parsed parse(int year, byte[] content) {
        List<CalendarImportReport.RowProblem> problems = new ArrayList<>();
        SheetReader.Sheet sheet;
        try {
            sheet = SheetReader.read(content == null ? new byte[0] : content, MAX_ROWS);
        } catch (SheetReader.UnreadableFile e) {
            problems.add(new CalendarImportReport.RowProblem(0, "", "", messages.get(e.reasonKey)));
            return new Parsed(year, 0, List.of(), problems);
        }
        if (sheet.tooManyRows()) {
            problems.add(new CalendarImportReport.RowProblem(0, "", "", messages.get("cycle.calendar.error.tooManyRows", MAX_ROWS)));
        }
        String dateCol = messages.get("cycle.calendar.column.date");
        String kindCol = messages.get("cycle.calendar.column.kind");
        String nameCol = messages.get("cycle.calendar.column.name");
        List<CalendarEntry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (SheetReader.Row row : sheet.rows()) {
            String dateText = row.cell(0);
            LocalDate day = dateText.isEmpty() ? null : CellValues.date(dateText).orElse(null);
            boolean ok = true;
            if (day == null) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), dateCol, dateText,
                        messages.get(dateText.isEmpty() ? "cycle.calendar.error.dateMissing" : "cycle.calendar.error.date", dateText)));
                ok = false;
            } else if (day.getYear() != year) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), dateCol, dateText,
                        messages.get("cycle.calendar.error.otherYear", day, year)));
                ok = false;
            } else if (!seen.add(day)) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), dateCol, dateText,
                        messages.get("cycle.calendar.error.duplicate", day)));
                ok = false;
            }
            DayKind kind = kind(row.cell(1));
            if (kind == null) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), kindCol, row.cell(1),
                        messages.get("cycle.calendar.error.kind", row.cell(1))));
                ok = false;
            } else if (kind == DayKind.WORKDAY && day != null && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), kindCol, row.cell(1),
                        messages.get("cycle.calendar.error.workdayOnWeekday", day)));
                ok = false;
            }
            String name = row.cell(2).isEmpty() ? null : row.cell(2);
            if (name != null && name.length() > 60) {
                problems.add(new CalendarImportReport.RowProblem(row.number(), nameCol, name,
                        messages.get("cycle.calendar.error.nameTooLong", 60)));
                ok = false;
            }
            if (ok) {
                entries.add(new CalendarEntry(day, kind, name));
            }
        }
        if (sheet.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new CalendarImportReport.RowProblem(0, "", "", messages.get("cycle.calendar.error.noRows")));
        }
        return new Parsed(year, sheet.rows().size(), entries, problems);
    }

    /** HOLIDAY / WORKDAY, or the words people write in Chinese sheets (休 / 假 / 节假日, 班 / 上班 / 调休上班). */
    static DayKind kind(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "HOLIDAY", "OFF", "休", "假", "休息", "节假日", "假日", "放假" -> DayKind.HOLIDAY;
            case "WORKDAY", "WORK", "班", "上班", "补班", "调休上班", "工作日" -> DayKind.WORKDAY;
            default -> null;
        };
    }
}
