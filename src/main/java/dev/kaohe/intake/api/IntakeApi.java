package dev.kaohe.intake.api;

import dev.kaohe.platform.web.PageResponse;
import java.util.List;

import dev.kaohe.intake.ActualFilter;
import dev.kaohe.intake.ActualRow;
import dev.kaohe.intake.ActualView;
import dev.kaohe.intake.Actuals;
import dev.kaohe.intake.Intake;
import dev.kaohe.intake.IntakeResult;
import dev.kaohe.intake.LineageView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ingestion of indicator actuals by systems (token scope intake:write) and reading actuals with their lineage. */
@RestController
@RequestMapping("/api/v1/intake/actuals")
class IntakeApi {

    private final Intake intake;
    private final Actuals actuals;
    private final int defaultSize;
    private final int maxSize;

    IntakeApi(Intake intake, Actuals actuals, @Value("${kaohe.paging.default-size:20}") int defaultSize,
              @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.intake = intake;
        this.actuals = actuals;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /**
     * Checks and commits the rows all-or-nothing, or with mode=VALID_ROWS the valid rows (the result lists what was
     * left out); the same Idempotency-Key again answers the first result.
     */
    @PostMapping
    IntakeResult ingest(@RequestBody List<ActualRow> rows,
                        @RequestParam(defaultValue = "ALL_OR_NOTHING") dev.kaohe.intake.CommitMode mode,
                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return intake.ingest(rows, idempotencyKey, mode);
    }

    @GetMapping
    PageResponse<ActualView> search(@RequestParam(required = false) String employeeNo, @RequestParam(required = false) String indicator,
                            @RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean history,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        int pageSize = Math.min(maxSize, Math.max(1, size == null ? defaultSize : size));
        return PageResponse.of(actuals.search(new ActualFilter(employeeNo, indicator, period, history), PageRequest.of(Math.max(0, page), pageSize)));
    }

    @GetMapping("/{id}/lineage")
    LineageView lineage(@PathVariable long id) {
        return actuals.lineage(id);
    }
}
