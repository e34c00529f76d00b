package dev.kaohe.review.defence.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kaohe.review.defence.DefenceComment;
import dev.kaohe.review.defence.DefenceFilter;
import dev.kaohe.review.defence.DefenceForm;
import dev.kaohe.review.defence.DefenceRecords;
import dev.kaohe.review.defence.DefenceView;
import dev.kaohe.review.defence.Obstacle;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review defence records and their library over REST. */
@RestController
@RequestMapping("/api/v1/review/defence")
class DefenceApi {

    private final DefenceRecords records;
    private final int defaultSize;
    private final int maxSize;

    DefenceApi(DefenceRecords records, @Value("${kaohe.paging.default-size:20}") int defaultSize,
               @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.records = records;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    record DefencePage(List<DefenceView> content, int page, int size, long totalElements, int totalPages) {
        static DefencePage of(Page<DefenceView> page) {
            return new DefencePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    @GetMapping
    DefencePage library(@RequestParam(required = false) String q, @RequestParam(required = false) Obstacle obstacle,
                        @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) Long cycleId,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return DefencePage.of(records.search(new DefenceFilter(q, obstacle, orgUnitId, cycleId),
                PageRequest.of(Math.max(page, 0), size == null ? defaultSize : Math.max(1, Math.min(size, maxSize)))));
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Obstacle obstacle,
                @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) Long cycleId,
                HttpServletResponse response) throws IOException {
        DefenceFilter filter = new DefenceFilter(q, obstacle, orgUnitId, cycleId);
        records.search(filter, PageRequest.of(0, 1));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("review-defence.xlsx", StandardCharsets.UTF_8).build().toString());
        records.export(filter, response.getOutputStream());
    }

    @GetMapping("/participants/{participantId}")
    DefenceView get(@PathVariable long participantId) {
        return records.get(participantId);
    }

    @PutMapping("/participants/{participantId}")
    DefenceView save(@PathVariable long participantId, @RequestBody DefenceForm form) {
        return records.save(participantId, form);
    }

    @PostMapping("/participants/{participantId}/submit")
    DefenceView submit(@PathVariable long participantId, @RequestBody DefenceForm form) {
        return records.submit(participantId, form);
    }

    @PostMapping("/participants/{participantId}/comment")
    DefenceView comment(@PathVariable long participantId, @RequestBody DefenceComment comment) {
        return records.comment(participantId, comment);
    }
}
