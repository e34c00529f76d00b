package dev.kaohe.indicator.api;

import dev.kaohe.platform.web.PageResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import dev.kaohe.indicator.CopyForm;
import dev.kaohe.indicator.SchemeDiff;
import dev.kaohe.indicator.SchemeForm;
import dev.kaohe.indicator.SchemeSettingsForm;
import dev.kaohe.indicator.SchemeStatus;
import dev.kaohe.indicator.SchemeVersionView;
import dev.kaohe.indicator.SchemeView;
import dev.kaohe.indicator.SchemeWorkbooks;
import dev.kaohe.indicator.Schemes;
import dev.kaohe.indicator.ValidationReport;
import dev.kaohe.indicator.VersionForm;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.scoring.SchemeSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Assessment schemes and their versions. A locked version never changes: a PUT on it stores the edit as the
 * next version (201 with that version), a PUT on a draft changes the draft (200).
 */
@RestController
@RequestMapping("/api/v1/schemes")
class SchemeApi {

    private final Schemes schemes;
    private final SchemeWorkbooks workbooks;
    private final int defaultSize;
    private final int maxSize;

    SchemeApi(Schemes schemes, SchemeWorkbooks workbooks, @Value("${kaohe.paging.default-size:20}") int defaultSize,
              @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.schemes = schemes;
        this.workbooks = workbooks;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GetMapping
    PageResponse<SchemeView> list(@RequestParam(required = false) String q, @RequestParam(required = false) SchemeStatus status,
                                  @RequestParam(required = false) PositionFamily family,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        int pageSize = Math.min(Math.max(size == null ? defaultSize : size, 1), maxSize);
        return PageResponse.of(schemes.search(q, status, family, PageRequest.of(Math.max(page, 0), pageSize)));
    }

    /** The presets of the source documents (A, B, C) to start a scheme from. */
    @GetMapping("/presets")
    List<SchemeSpec> presets() {
        return schemes.presets();
    }

    /** Create a scheme from a definition or a preset; its first version is a draft. */
    @PostMapping
    ResponseEntity<SchemeView> create(@RequestBody SchemeForm form) {
        SchemeView created = schemes.create(form);
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + created.code())).body(created);
    }

    /** Check a definition without storing it: problems block, warnings (ranges under WARN) do not. */
    @PostMapping("/validate")
    ValidationReport validate(@RequestBody SchemeSpec definition) {
        return schemes.validate(definition);
    }

    @GetMapping("/{code}")
    SchemeDetail get(@PathVariable String code) {
        return new SchemeDetail(schemes.get(code), schemes.version(code, null));
    }

    @PutMapping("/{code}")
    SchemeView updateSettings(@PathVariable String code, @RequestBody SchemeSettingsForm form) {
        return schemes.updateSettings(code, form);
    }

    @GetMapping("/{code}/versions")
    List<SchemeVersionView> versions(@PathVariable String code) {
        return schemes.versions(code);
    }

    @PostMapping("/{code}/versions")
    ResponseEntity<SchemeVersionView> addVersion(@PathVariable String code, @RequestBody VersionForm form) {
        SchemeVersionView created = schemes.addVersion(code, form);
        return ResponseEntity.created(versionUri(code, created.number())).body(created);
    }

    @GetMapping("/{code}/versions/{number}")
    SchemeVersionView version(@PathVariable String code, @PathVariable int number) {
        return schemes.version(code, number);
    }

    @PutMapping("/{code}/versions/{number}")
    ResponseEntity<SchemeVersionView> save(@PathVariable String code, @PathVariable int number, @RequestBody VersionForm form) {
        SchemeVersionView saved = schemes.save(code, number, form);
        return saved.number() == number ? ResponseEntity.ok(saved)
                : ResponseEntity.created(versionUri(code, saved.number())).body(saved);
    }

    @PostMapping("/{code}/versions/{number}/lock")
    SchemeVersionView lock(@PathVariable String code, @PathVariable int number) {
        return schemes.lock(code, number);
    }

    @GetMapping("/{code}/versions/{number}/validation")
    ValidationReport validation(@PathVariable String code, @PathVariable int number) {
        return schemes.validate(code, number);
    }

    @PostMapping("/{code}/copy")
    ResponseEntity<SchemeView> copy(@PathVariable String code, @RequestBody CopyForm form) {
        SchemeView created = schemes.copy(code, form);
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + created.code())).body(created);
    }

    @GetMapping("/{code}/diff")
    SchemeDiff diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return schemes.diff(code, from, to);
    }

    @GetMapping({"/{code}/export.xlsx", "/{code}/versions/{number}/export.xlsx"})
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable(required = false) Integer number) {
        SchemeWorkbooks.Export export = workbooks.export(code, number);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(SchemeWorkbooks.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.filename()).build().toString())
                .body(export.bytes());
    }

    /** A workbook in the export's layout becomes the next version (validated first; problems name sheet, row and column). */
    @PostMapping(path = "/{code}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SchemeVersionView> importVersion(@PathVariable String code, @RequestParam("file") MultipartFile file,
                                                    @RequestParam(required = false) String note) throws IOException {
        SchemeVersionView created = workbooks.importVersion(code, file.getInputStream(), note);
        return ResponseEntity.created(versionUri(code, created.number())).body(created);
    }

    private static URI versionUri(String code, int number) {
        return URI.create("/api/v1/schemes/" + code + "/versions/" + number);
    }

    /** A scheme with its latest version. */
    record SchemeDetail(SchemeView scheme, SchemeVersionView latest) {
    }
}
