package dev.kaohe.review.posting.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.kaohe.cycle.CycleType;
import dev.kaohe.review.posting.CompositeView;
import dev.kaohe.review.posting.MonthlyPostings;
import dev.kaohe.review.posting.PostingView;
import dev.kaohe.review.posting.QuarterlyComposites;
import dev.kaohe.review.posting.SheetExport;
import dev.kaohe.review.posting.domain.QuarterlyComposite;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly posting of a cycle and the weighted composites of a quarterly cycle over REST (read only). */
@RestController
@RequestMapping("/api/v1/review/cycles/{cycleId:\\d+}")
class PostingApi {

    private final MonthlyPostings postings;
    private final QuarterlyComposites composites;
    private final int defaultSize;
    private final int maxSize;

    PostingApi(MonthlyPostings postings, QuarterlyComposites composites, @Value("${kaohe.paging.default-size:20}") int defaultSize,
               @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.postings = postings;
        this.composites = composites;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    record PostingPage(long cycleId, String cycleName, String periodLabel, CycleType type, boolean published, Instant publishedAt,
                       Long quarterlyCycleId, boolean companyWide, List<PostingView.Row> content, int page, int size,
                       long totalElements, int totalPages) {
    }

    record CompositePage(long cycleId, String cycleName, String periodLabel, List<CompositeView.Column> columns,
                         QuarterlyComposite.MissingParts missingParts, boolean companyWide, List<CompositeView.Row> content,
                         int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping("/posting")
    PostingPage posting(@PathVariable long cycleId, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        PostingView v = postings.posting(cycleId, q, pageable(page, size));
        Page<PostingView.Row> rows = v.rows();
        return new PostingPage(v.cycleId(), v.cycleName(), v.periodLabel(), v.type(), v.published(), v.publishedAt(),
                v.quarterlyCycleId(), v.companyWide(), rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements(),
                rows.getTotalPages());
    }

    @GetMapping("/posting/export.xlsx")
    void exportPosting(@PathVariable long cycleId, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        SheetExport export = postings.export(cycleId, q);
        xlsx(response, "posting-" + cycleId + ".xlsx");
        export.writeTo(response.getOutputStream());
    }

    @GetMapping("/composites")
    CompositePage composites(@PathVariable long cycleId, @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        CompositeView v = composites.composites(cycleId, q, pageable(page, size));
        Page<CompositeView.Row> rows = v.rows();
        return new CompositePage(v.cycleId(), v.cycleName(), v.periodLabel(), v.columns(), v.missingParts(), v.companyWide(),
                rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements(), rows.getTotalPages());
    }

    @GetMapping("/composites/{employeeId:\\d+}")
    CompositeView.Row composite(@PathVariable long cycleId, @PathVariable long employeeId) {
        return composites.composite(cycleId, employeeId);
    }

    @GetMapping("/composites/export.xlsx")
    void exportComposites(@PathVariable long cycleId, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        SheetExport export = composites.export(cycleId, q);
        xlsx(response, "composites-" + cycleId + ".xlsx");
        export.writeTo(response.getOutputStream());
    }

    private Pageable pageable(int page, Integer size) {
        return PageRequest.of(Math.max(page, 0), size == null ? defaultSize : Math.max(1, Math.min(size, maxSize)));
    }

    static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
