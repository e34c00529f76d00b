package dev.kaohe.cycle.api;

import dev.kaohe.platform.web.PageResponse;
import java.net.URI;
import java.time.LocalDate;

import dev.kaohe.cycle.CycleFilter;
import dev.kaohe.cycle.CycleForm;
import dev.kaohe.cycle.CycleStatus;
import dev.kaohe.cycle.CycleType;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.Cycles;
import dev.kaohe.cycle.DeadlineChange;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.PhaseChange;
import dev.kaohe.cycle.Population;
import dev.kaohe.cycle.ReviewerChange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assessment cycles over REST; who may read or change what is decided by {@link Cycles}. */
@RestController
@RequestMapping("/api/v1/cycles")
class CycleApi {

    private final Cycles cycles;
    private final int defaultSize;
    private final int maxSize;

    CycleApi(Cycles cycles, @Value("${kaohe.paging.default-size:20}") int defaultSize,
             @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.cycles = cycles;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GetMapping
    PageResponse<CycleView> list(@RequestParam(required = false) CycleType type, @RequestParam(required = false) CycleStatus status,
                                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(required = false) Integer size) {
        return PageResponse.of(cycles.search(new CycleFilter(type, status, q), pageRequest(page, size)));
    }

    @PostMapping
    ResponseEntity<CycleView> create(@RequestBody CycleForm form) {
        CycleView created = cycles.create(form);
        return ResponseEntity.created(URI.create("/api/v1/cycles/" + created.id())).body(created);
    }

    /** How many people a population would select (the create form's preview). */
    @PostMapping("/population-preview")
    PopulationCount preview(@RequestBody PopulationQuery query) {
        return new PopulationCount(cycles.previewPopulation(query.population(), query.periodStart()));
    }

    record PopulationQuery(Population population, LocalDate periodStart) {
    }

    record PopulationCount(long count) {
    }

    @GetMapping("/{cycleId:\\d+}")
    CycleView get(@PathVariable long cycleId) {
        return cycles.get(cycleId);
    }

    @PostMapping("/{cycleId:\\d+}/phase")
    CycleView changePhase(@PathVariable long cycleId, @RequestBody PhaseChange change) {
        return cycles.changePhase(cycleId, change);
    }

    @PutMapping("/{cycleId:\\d+}/deadline")
    CycleView changeDeadline(@PathVariable long cycleId, @RequestBody DeadlineChange change) {
        return cycles.changeDeadline(cycleId, change);
    }

    @PostMapping("/{cycleId:\\d+}/replan")
    CycleView replan(@PathVariable long cycleId, @RequestBody VersionRef version) {
        return cycles.replan(cycleId, version == null ? null : version.version());
    }

    record VersionRef(Long version) {
    }

    @GetMapping("/{cycleId:\\d+}/participants")
    PageResponse<ParticipantView> participants(@PathVariable long cycleId, @RequestParam(required = false) String q,
                                               @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(cycles.participants(cycleId, q, pageRequest(page, size)));
    }

    @GetMapping("/{cycleId:\\d+}/participants/{employeeId:\\d+}")
    ParticipantView participant(@PathVariable long cycleId, @PathVariable long employeeId) {
        return cycles.participant(cycleId, employeeId);
    }

    @PutMapping("/{cycleId:\\d+}/participants/{employeeId:\\d+}/reviewer")
    ParticipantView changeReviewer(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody ReviewerChange change) {
        return cycles.changeReviewer(cycleId, employeeId, change);
    }

    private PageRequest pageRequest(int page, Integer size) {
        return PageRequest.of(Math.max(page, 0), size == null ? defaultSize : Math.max(1, Math.min(size, maxSize)));
    }
}
