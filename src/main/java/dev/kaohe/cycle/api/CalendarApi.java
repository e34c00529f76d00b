package dev.kaohe.cycle.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import dev.kaohe.cycle.CalendarImportReport;
import dev.kaohe.cycle.CalendarYearView;
import dev.kaohe.cycle.WorkCalendars;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The working-day calendar over REST: years, working-day arithmetic, and the import of a year (with a dry run). */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final WorkCalendars calendars;

    CalendarApi(WorkCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    List<Integer> years() {
        return calendars.years();
    }

    @GetMapping("/{year:\\d{4}}")
    CalendarYearView year(@PathVariable int year) {
        return calendars.year(year);
    }

    /** {@code from} plus {@code days} working days, and the working days between {@code from} and {@code to}. */
    @GetMapping("/working-days")
    WorkingDays workingDays(@RequestParam LocalDate from, @RequestParam(required = false) LocalDate to,
                            @RequestParam(required = false) Integer days) {
        calendars.years(); // signed-in people only, like every calendar read
        if (days != null && Math.abs(days) > 2000) {
            throw new InvalidInputException("days", "days must lie between -2000 and 2000");
        }
        if (to != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(from, to)) > 3000) {
            throw new InvalidInputException("to", "from and to may lie at most 3000 days apart");
        }
        return new WorkingDays(from, to, to == null ? null : calendars.workingDaysBetween(from, to), days,
                days == null ? null : calendars.addWorkingDays(from, days), calendars.isWorkday(from));
    }

    record WorkingDays(LocalDate from, LocalDate to, Integer workingDaysBetween, Integer days, LocalDate plusWorkingDays,
                       boolean fromIsWorkday) {
    }

    /** Dry run: reads the file and names every bad row; stores nothing. */
    @PostMapping("/{year:\\d{4}}/preview")
    CalendarImportReport preview(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        return calendars.preview(year, file == null ? new byte[0] : file.getBytes());
    }

    /** Replaces the year's holidays and make-up workdays with the file's; 400 naming each bad row otherwise. */
    @PostMapping("/{year:\\d{4}}")
    CalendarImportReport importYear(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        return calendars.importYear(year, file == null ? new byte[0] : file.getBytes(), file == null ? null : file.getOriginalFilename());
    }
}
