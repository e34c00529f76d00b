package dev.kaohe.platform.jobs;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Progress and cancellation of background jobs for API clients; only the job's owner (or an admin) sees it. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobApiController {

    private final BackgroundJobs jobs;

    JobApiController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{id}")
    JobView get(@PathVariable UUID id) {
        return jobs.get(id);
    }

    @PostMapping("/{id}/cancel")
    JobView cancel(@PathVariable UUID id) {
        return jobs.cancel(id);
    }
}
