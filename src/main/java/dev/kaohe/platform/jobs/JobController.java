package dev.kaohe.platform.jobs;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The progress bar of a background job. The full page is for a plain browser; htmx polls the fragment
 * every second until the job is finished.
 */
@Controller
class JobController {

    private final BackgroundJobs jobs;

    JobController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.get(id));
        return htmx != null ? "jobs/job :: progress" : "jobs/job";
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.cancel(id));
        return htmx != null ? "jobs/job :: progress" : "redirect:/jobs/" + id;
    }
}
