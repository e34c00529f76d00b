package dev.kaohe.review.posting.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.kaohe.platform.Messages;
import dev.kaohe.review.posting.MonthlyPostings;
import dev.kaohe.review.posting.QuarterlyComposites;
import dev.kaohe.review.posting.SheetExport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The posting page of a cycle and the composite page of a quarterly cycle, each searchable, paged and exportable. */
@Controller
class PostingPages {

    private final MonthlyPostings postings;
    private final QuarterlyComposites composites;
    private final Messages messages;
    private final int pageSize;

    PostingPages(MonthlyPostings postings, QuarterlyComposites composites, Messages messages,
                 @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.postings = postings;
        this.composites = composites;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/posting")
    String posting(@PathVariable long cycleId, @RequestParam(required = false) String q,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("posting", postings.posting(cycleId, q, PageRequest.of(Math.max(page, 0), pageSize)));
        model.addAttribute("q", q);
        String base = "/review/cycles/" + cycleId + "/posting";
        model.addAttribute("pagerUrl", base + "?q=" + enc(q));
        model.addAttribute("exportUrl", base + "/export.xlsx?q=" + enc(q));
        return "review/posting";
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/posting/export.xlsx")
    void exportPosting(@PathVariable long cycleId, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        SheetExport export = postings.export(cycleId, q);
        xlsx(response, messages.get("posting.title") + ".xlsx");
        export.writeTo(response.getOutputStream());
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/composite")
    String composite(@PathVariable long cycleId, @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("board", composites.composites(cycleId, q, PageRequest.of(Math.max(page, 0), pageSize)));
        model.addAttribute("q", q);
        String base = "/review/cycles/" + cycleId + "/composite";
        model.addAttribute("pagerUrl", base + "?q=" + enc(q));
        model.addAttribute("exportUrl", base + "/export.xlsx?q=" + enc(q));
        return "review/composite";
    }

    @GetMapping("/review/cycles/{cycleId:\\d+}/composite/export.xlsx")
    void exportComposite(@PathVariable long cycleId, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        SheetExport export = composites.export(cycleId, q);
        xlsx(response, messages.get("composite.title") + ".xlsx");
        export.writeTo(response.getOutputStream());
    }

    private static void xlsx(HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static String enc(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
