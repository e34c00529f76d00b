package dev.kaohe.cycle.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import dev.kaohe.cycle.CalendarImportReport;
import dev.kaohe.cycle.CycleSettings;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.WorkCalendars;
import dev.kaohe.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar of a year, and its import (dry run first, then the import) for HR and admins. */
@Controller
class CalendarPages {

    private final WorkCalendars calendars;
    private final Cycles cycles;
    private final Clock clock;
    private final CycleSettings settings;

    CalendarPages(WorkCalendars calendars, Cycles cycles, Clock clock, CycleSettings settings) {
        this.calendars = calendars;
        this.cycles = cycles;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock.withZone(settings.zone())).getYear() : year;
        model.addAttribute("year", calendars.year(y));
        model.addAttribute("years", calendars.years());
        model.addAttribute("canImport", cycles.canManage());
        return "cycle/calendar";
    }

    @PostMapping("/calendar/{year:\\d{4}}/preview")
    String preview(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        CalendarImportReport report = calendars.preview(year, file == null ? new byte[0] : file.getBytes());
        model.addAttribute("report", report);
        return calendar(year, model);
    }

    @PostMapping("/calendar/{year:\\d{4}}/import")
    String importYear(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try {
            CalendarImportReport report = calendars.importYear(year, file == null ? new byte[0] : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("imported", report);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        }
        return "redirect:/calendar?year=" + year;
    }

}
