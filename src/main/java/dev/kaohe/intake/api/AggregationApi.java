package dev.kaohe.intake.api;

import java.util.List;
import java.util.UUID;

import dev.kaohe.intake.aggregation.AggregationDefinition;
import dev.kaohe.intake.aggregation.AggregationForm;
import dev.kaohe.intake.aggregation.AggregationLineage;
import dev.kaohe.intake.aggregation.AggregationRunView;
import dev.kaohe.intake.aggregation.Aggregations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aggregation definitions (HR and admins), recompute (also tokens with intake:write) and the lineage of an
 * aggregated actual (whoever may see the actual).
 */
@RestController
@RequestMapping("/api/v1/intake/aggregations")
class AggregationApi {

    private final Aggregations aggregations;

    AggregationApi(Aggregations aggregations) {
        this.aggregations = aggregations;
    }

    record RecomputeRequest(String from, String to, String recordType) {
    }

    record RecomputeStarted(UUID jobId) {
    }

    @GetMapping
    List<AggregationDefinition> list() {
        return aggregations.list();
    }

    @GetMapping("/{id}")
    AggregationDefinition get(@PathVariable long id) {
        return aggregations.get(id);
    }

    @PostMapping
    ResponseEntity<AggregationDefinition> create(@RequestBody AggregationForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(aggregations.create(form));
    }

    @PutMapping("/{id}")
    AggregationDefinition update(@PathVariable long id, @RequestBody AggregationForm form) {
        return aggregations.update(id, form);
    }

    @PostMapping("/{id}/disable")
    AggregationDefinition disable(@PathVariable long id, @RequestParam(required = false) Long version) {
        return aggregations.setEnabled(id, false, version);
    }

    @PostMapping("/{id}/enable")
    AggregationDefinition enable(@PathVariable long id, @RequestParam(required = false) Long version) {
        return aggregations.setEnabled(id, true, version);
    }

    /** Starts a recompute of the months from..to as a background job; poll /api/v1/jobs/{jobId}. */
    @PostMapping("/recompute")
    ResponseEntity<RecomputeStarted> recompute(@RequestBody(required = false) RecomputeRequest request) {
        RecomputeRequest r = request == null ? new RecomputeRequest(null, null, null) : request;
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RecomputeStarted(aggregations.startRecompute(r.from(), r.to(), r.recordType())));
    }

    @GetMapping("/runs")
    List<AggregationRunView> runs() {
        return aggregations.runs();
    }

    @GetMapping("/actuals/{id}/lineage")
    AggregationLineage lineage(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return aggregations.lineage(id, page);
    }
}
