package dev.kaohe.indicator.api;

import dev.kaohe.platform.web.PageResponse;
import java.net.URI;

import dev.kaohe.indicator.IndicatorDimension;
import dev.kaohe.indicator.IndicatorFilter;
import dev.kaohe.indicator.IndicatorForm;
import dev.kaohe.indicator.IndicatorType;
import dev.kaohe.indicator.IndicatorView;
import dev.kaohe.indicator.Indicators;
import dev.kaohe.indicator.Measure;
import dev.kaohe.org.PositionFamily;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
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

@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    private final Indicators indicators;
    private final int defaultSize;
    private final int maxSize;

    IndicatorApi(Indicators indicators, @Value("${kaohe.paging.default-size:20}") int defaultSize,
                 @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.indicators = indicators;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /** Search the library; {@code family} also matches indicators meant for every position. */
    @GetMapping
    PageResponse<IndicatorView> list(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) IndicatorDimension dimension,
                                     @RequestParam(required = false) IndicatorType type,
                                     @RequestParam(required = false) Measure measure,
                                     @RequestParam(required = false) PositionFamily family,
                                     @RequestParam(required = false) Boolean active,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(required = false) Integer size) {
        int pageSize = Math.min(Math.max(size == null ? defaultSize : size, 1), maxSize);
        Page<IndicatorView> result = indicators.search(new IndicatorFilter(q, dimension, type, measure, family, active),
                PageRequest.of(Math.max(page, 0), pageSize));
        return PageResponse.of(result);
    }

    @GetMapping("/{code}")
    IndicatorView get(@PathVariable String code) {
        return indicators.get(code);
    }

    @PostMapping
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorForm form) {
        IndicatorView created = indicators.create(form);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    IndicatorView update(@PathVariable String code, @RequestBody IndicatorForm form) {
        return indicators.update(code, form);
    }

    @PostMapping("/{code}/deactivate")
    IndicatorView deactivate(@PathVariable String code, @RequestBody(required = false) VersionRef version) {
        return indicators.deactivate(code, VersionRef.of(version));
    }

    @PostMapping("/{code}/reactivate")
    IndicatorView reactivate(@PathVariable String code, @RequestBody(required = false) VersionRef version) {
        return indicators.reactivate(code, VersionRef.of(version));
    }
}
