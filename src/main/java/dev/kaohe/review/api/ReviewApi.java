package dev.kaohe.review.api;

import java.io.IOException;

import dev.kaohe.review.AdjustForm;
import dev.kaohe.review.AssessmentView;
import dev.kaohe.review.Assessments;
import dev.kaohe.review.AttachmentView;
import dev.kaohe.review.CalibrationView;
import dev.kaohe.review.Calibrations;
import dev.kaohe.review.FormKind;
import dev.kaohe.review.ManagerForm;
import dev.kaohe.review.MyAssessments;
import dev.kaohe.review.ReopenForm;
import dev.kaohe.review.ResultView;
import dev.kaohe.review.Results;
import dev.kaohe.review.SelfForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Assessments, results, calibration and publication over REST; access is decided by the services. */
@RestController
@RequestMapping("/api/v1/review")
class ReviewApi {

    private static final String FORM = "/cycles/{cycleId:\\d+}/assessments/{employeeId:\\d+}";
    private static final String RESULT = "/cycles/{cycleId:\\d+}/results/{employeeId:\\d+}";

    private final Assessments assessments;
    private final Results results;
    private final Calibrations calibrations;

    ReviewApi(Assessments assessments, Results results, Calibrations calibrations) {
        this.assessments = assessments;
        this.results = results;
        this.calibrations = calibrations;
    }

    @GetMapping("/assessments")
    MyAssessments mine() {
        return assessments.mine();
    }

    @GetMapping(FORM)
    AssessmentView get(@PathVariable long cycleId, @PathVariable long employeeId) {
        return assessments.get(cycleId, employeeId);
    }

    @PutMapping(FORM + "/self")
    AssessmentView saveSelf(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody SelfForm form) {
        return assessments.saveSelf(cycleId, employeeId, form, false);
    }

    /** Saves and submits; submitting again answers the submitted form unchanged. */
    @PostMapping(FORM + "/self/submit")
    AssessmentView submitSelf(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody SelfForm form) {
        return assessments.saveSelf(cycleId, employeeId, form, true);
    }

    @PutMapping(FORM + "/manager")
    AssessmentView saveManager(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody ManagerForm form) {
        return assessments.saveManager(cycleId, employeeId, form, false);
    }

    @PostMapping(FORM + "/manager/submit")
    AssessmentView submitManager(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody ManagerForm form) {
        return assessments.saveManager(cycleId, employeeId, form, true);
    }

    @PostMapping(FORM + "/{kind:self|manager}/reopen")
    AssessmentView reopen(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable String kind,
                          @RequestBody ReopenForm form) {
        return assessments.reopen(cycleId, employeeId, FormKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), form);
    }

    @PostMapping(path = FORM + "/self/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AttachmentView attach(@PathVariable long cycleId, @PathVariable long employeeId, @RequestPart("file") MultipartFile file,
                          @RequestParam(required = false) String itemCode) throws IOException {
        return assessments.attach(cycleId, employeeId, itemCode, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping(FORM + "/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable long attachmentId) {
        return download(assessments.attachment(cycleId, employeeId, attachmentId));
    }

    @DeleteMapping(FORM + "/attachments/{attachmentId:\\d+}")
    ResponseEntity<Void> deleteAttachment(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable long attachmentId) {
        assessments.deleteAttachment(cycleId, employeeId, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(RESULT)
    ResultView result(@PathVariable long cycleId, @PathVariable long employeeId) {
        return results.current(cycleId, employeeId);
    }

    @GetMapping(RESULT + "/versions/{versionNo:\\d+}")
    ResultView resultVersion(@PathVariable long cycleId, @PathVariable long employeeId, @PathVariable int versionNo) {
        return results.version(cycleId, employeeId, versionNo);
    }

    @PostMapping(RESULT + "/adjust")
    ResultView adjust(@PathVariable long cycleId, @PathVariable long employeeId, @RequestBody AdjustForm form) {
        return calibrations.adjust(cycleId, employeeId, form);
    }

    @PostMapping("/cycles/{cycleId:\\d+}/calculate")
    Results.CalculationReport calculate(@PathVariable long cycleId) {
        return results.calculate(cycleId);
    }

    @GetMapping("/cycles/{cycleId:\\d+}/calibration")
    CalibrationView calibration(@PathVariable long cycleId, @RequestParam(required = false) Long orgUnitId) {
        return calibrations.view(cycleId, orgUnitId);
    }

    @PostMapping("/cycles/{cycleId:\\d+}/lock")
    CalibrationView lock(@PathVariable long cycleId) {
        return calibrations.lock(cycleId);
    }

    @PostMapping("/cycles/{cycleId:\\d+}/publish")
    CalibrationView publish(@PathVariable long cycleId) {
        return calibrations.publish(cycleId);
    }

    static ResponseEntity<byte[]> download(Assessments.Download file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .body(file.content());
    }
}
