package dev.kaohe.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.indicator.internal.IndicatorRepository;
import dev.kaohe.indicator.internal.Scheme;
import dev.kaohe.indicator.internal.SchemeRepository;
import dev.kaohe.indicator.internal.SchemeVersion;
import dev.kaohe.indicator.internal.SchemeVersionRepository;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import dev.kaohe.scoring.DimensionSpec;
import dev.kaohe.scoring.ItemSpec;
import dev.kaohe.scoring.SchemeSpec;
import dev.kaohe.scoring.SchemeSpecs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment schemes and their versions. A draft version may be edited in place; a locked version never
 * changes, and editing it creates the next version. Every stored definition passes the scoring module's
 * validation (weights total 100% at every level, ranges per the scheme's range policy) and names only
 * indicators of the library.
 */
@Service
public class Schemes {

    private final SchemeRepository schemes;
    private final SchemeVersionRepository versions;
    private final IndicatorRepository indicators;
    private final IndicatorAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final SchemeJson json;
    private final Clock clock;

    Schemes(SchemeRepository schemes, SchemeVersionRepository versions, IndicatorRepository indicators,
            IndicatorAccess access, AuditTrail audit, Messages messages, SchemeJson json, Clock clock) {
        this.schemes = schemes;
        this.versions = versions;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    // --- reading

    @Transactional(readOnly = true)
    public Page<SchemeView> search(String q, SchemeStatus status, PositionFamily family, Pageable pageable) {
        access.requireReader(CurrentUser.get());
        String text = q == null || q.isBlank() ? null : q.strip();
        return schemes.search(text, status == null ? null : status.name(), family == null ? null : family.name(), pageable)
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public SchemeView get(String code) {
        access.requireReader(CurrentUser.get());
        return view(load(code));
    }

    @Transactional(readOnly = true)
    public List<SchemeVersionView> versions(String code) {
        access.requireReader(CurrentUser.get());
        Scheme scheme = load(code);
        return versions.findBySchemeIdOrderByNumberDesc(scheme.getId()).stream().map(v -> view(scheme, v)).toList();
    }

    /** A version by number, or the latest when {@code number} is null. */
    @Transactional(readOnly = true)
    public SchemeVersionView version(String code, Integer number) {
        access.requireReader(CurrentUser.get());
        Scheme scheme = load(code);
        return view(scheme, loadVersion(scheme, number));
    }

    /** Used by the scoring module's {@code SchemeSource}: no caller check (the engine reads for whoever asked it). */
    @Transactional(readOnly = true)
    Optional<SchemeSpec> find(String code, Integer number) {
        return schemes.findByCode(code)
                .flatMap(scheme -> number == null ? versions.findFirstBySchemeIdOrderByNumberDesc(scheme.getId())
                        : versions.findBySchemeIdAndNumber(scheme.getId(), number))
                .map(v -> json.scheme(v.getDefinition()));
    }

    @Transactional(readOnly = true)
    List<SchemeView> allActive() {
        return schemes.search(null, SchemeStatus.ACTIVE.name(), null, Pageable.unpaged()).map(this::view).getContent();
    }

    public List<SchemeSpec> presets() {
        access.requireReader(CurrentUser.get());
        return SchemeSpecs.presets();
    }

    @Transactional(readOnly = true)
    public ValidationReport validate(SchemeSpec spec) {
        access.requireReader(CurrentUser.get());
        return report(spec);
    }

    @Transactional(readOnly = true)
    public ValidationReport validate(String code, Integer number) {
        return validate(version(code, number).definition());
    }

    @Transactional(readOnly = true)
    public SchemeDiff diff(String code, int from, int to) {
        access.requireReader(CurrentUser.get());
        Scheme scheme = load(code);
        SchemeSpec before = json.scheme(loadVersion(scheme, from).getDefinition());
        SchemeSpec after = json.scheme(loadVersion(scheme, to).getDefinition());
        return new SchemeDiffer(json::write).diff(code, from, before, to, after);
    }

    // --- writing

    @Transactional
    public SchemeView create(SchemeForm form) {
        access.requireWriter(CurrentUser.get());
        FormProblems problems = new FormProblems(messages, "indicator");
        String code = newCode(problems, "code", form.code());
        String name = problems.text("name", form.name(), 100, true);
        problems.text("description", form.description(), 1000, false);
        SchemeSpec definition = form.definition();
        if (definition == null) {
            String preset = FormProblems.blankToNull(form.preset());
            Optional<SchemeSpec> found = preset == null ? Optional.empty() : presetNamed(preset);
            if (found.isEmpty()) {
                problems.add(preset == null ? "definition" : "preset", preset, "scheme.error.definitionOrPreset");
            }
            definition = found.orElse(null);
        }
        problems.throwIfAny();
        Scheme scheme = new Scheme(code, clock.instant());
        scheme.setName(name);
        scheme.setDescription(FormProblems.blankToNull(form.description()));
        scheme.setPositionFamilies(families(form.positionFamilies()));
        scheme = schemes.saveAndFlush(scheme);
        SchemeSpec spec = requireValid(definition, scheme, 1);
        SchemeVersion first = versions.saveAndFlush(new SchemeVersion(scheme.getId(), 1, json.write(spec),
                note(form.note()), actor(), clock.instant()));
        audit.record("scheme.create", "scheme", scheme.getId(), null, State.of(scheme));
        audit.record("scheme.version.create", "scheme_version", first.getId(), null, VersionState.of(scheme, first));
        return view(scheme);
    }

    @Transactional
    public SchemeView updateSettings(String code, SchemeSettingsForm form) {
        access.requireWriter(CurrentUser.get());
        Scheme scheme = load(code);
        new FormProblems(messages, "indicator").requireVersion(scheme.getVersion(), form.version());
        FormProblems problems = new FormProblems(messages, "indicator");
        String name = problems.text("name", form.name(), 100, true);
        problems.text("description", form.description(), 1000, false);
        problems.throwIfAny();
        State before = State.of(scheme);
        scheme.setName(name);
        scheme.setDescription(FormProblems.blankToNull(form.description()));
        scheme.setPositionFamilies(families(form.positionFamilies()));
        scheme.setStatus(form.status() == SchemeStatus.ARCHIVED ? Scheme.Status.ARCHIVED : Scheme.Status.ACTIVE);
        schemes.saveAndFlush(scheme);
        audit.record("scheme.update", "scheme", scheme.getId(), before, State.of(scheme));
        return view(scheme);
    }

    /** Always a new version, numbered after the latest. */
    @Transactional
    public SchemeVersionView addVersion(String code, VersionForm form) {
        access.requireWriter(CurrentUser.get());
        Scheme scheme = load(code);
        return view(scheme, next(scheme, form));
    }

    /**
     * Saves an edit of version {@code number}: a draft changes in place; a locked version stays as it is and the
     * edit becomes the next version. The answer says which version now holds the edit.
     */
    @Transactional
    public SchemeVersionView save(String code, int number, VersionForm form) {
        access.requireWriter(CurrentUser.get());
        Scheme scheme = load(code);
        SchemeVersion version = loadVersion(scheme, number);
        if (version.isLocked()) {
            return view(scheme, next(scheme, form));
        }
        SchemeSpec spec = requireValid(form.definition(), scheme, number);
        VersionState before = VersionState.of(scheme, version);
        version.redefine(json.write(spec), note(form.note()));
        versions.saveAndFlush(version);
        audit.record("scheme.version.update", "scheme_version", version.getId(), before, VersionState.of(scheme, version));
        return view(scheme, version);
    }

    /** Publishes a version: from now on it never changes. Locking a locked version changes nothing. */
    @Transactional
    public SchemeVersionView lock(String code, int number) {
        access.requireWriter(CurrentUser.get());
        Scheme scheme = load(code);
        SchemeVersion version = loadVersion(scheme, number);
        if (!version.isLocked()) {
            requireValid(json.scheme(version.getDefinition()), scheme, number);
            VersionState before = VersionState.of(scheme, version);
            version.lock(actor(), clock.instant());
            versions.saveAndFlush(version);
            audit.record("scheme.version.lock", "scheme_version", version.getId(), before, VersionState.of(scheme, version));
        }
        return view(scheme, version);
    }

    /** A new scheme whose first (draft) version is a copy of the given version of this one. */
    @Transactional
    public SchemeView copy(String code, CopyForm form) {
        access.requireWriter(CurrentUser.get());
        Scheme source = load(code);
        SchemeVersion from = loadVersion(source, form.fromVersion());
        String name = FormProblems.blankToNull(form.name());
        return create(new SchemeForm(form.code(), name == null ? source.getName() : name, source.getDescription(),
                List.of(), null, json.scheme(from.getDefinition()),
                messages.get("scheme.copiedFrom", source.getCode(), from.getNumber())));
    }

    // --- helpers

    private SchemeVersion next(Scheme scheme, VersionForm form) {
        int number = versions.findFirstBySchemeIdOrderByNumberDesc(scheme.getId()).map(SchemeVersion::getNumber).orElse(0) + 1;
        SchemeSpec spec = requireValid(form.definition(), scheme, number);
        SchemeVersion version;
        try {
            version = versions.saveAndFlush(new SchemeVersion(scheme.getId(), number, json.write(spec),
                    note(form.note()), actor(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // someone else stored version `number` a moment ago
            throw new ConflictException(messages.get("scheme.error.versionTaken", number));
        }
        audit.record("scheme.version.create", "scheme_version", version.getId(), null, VersionState.of(scheme, version));
        return version;
    }

    /** The definition as stored: the scheme's code and name, the version's number; refused with every problem named. */
    private SchemeSpec requireValid(SchemeSpec definition, Scheme scheme, int number) {
        if (definition == null) {
            throw new InvalidInputException(List.of(new FieldProblem("definition", null,
                    messages.get("indicator.error.required", messages.get("scheme.field.definition")))));
        }
        SchemeSpec spec = new SchemeSpec(scheme.getCode(), scheme.getName(), number, definition.rangePolicy(), definition.dimensions());
        ValidationReport report = report(spec);
        if (!report.valid()) {
            throw new InvalidInputException(report.problems());
        }
        return spec;
    }

    private ValidationReport report(SchemeSpec spec) {
        if (spec == null) {
            return new ValidationReport(false, List.of(new FieldProblem("definition", null,
                    messages.get("indicator.error.required", messages.get("scheme.field.definition")))), List.of());
        }
        if (spec.code() == null || spec.code().isBlank()) {
            spec = spec.withCode("draft");
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>(SchemeSpecs.validate(spec, locale));
        problems.addAll(unknownIndicators(spec));
        List<FieldProblem> warnings = problems.isEmpty() ? SchemeSpecs.warnings(spec, locale) : List.of();
        return new ValidationReport(problems.isEmpty(), List.copyOf(problems), List.copyOf(warnings));
    }

    private List<FieldProblem> unknownIndicators(SchemeSpec spec) {
        List<String> codes = spec.items().stream().map(ItemSpec::indicatorCode).filter(c -> c != null && !c.isBlank()).distinct().toList();
        Set<String> known = new HashSet<>();
        indicators.findByCodeIn(codes).forEach(i -> known.add(i.getCode()));
        List<FieldProblem> problems = new ArrayList<>();
        for (DimensionSpec d : spec.dimensions()) {
            for (ItemSpec i : d.items()) {
                if (i.indicatorCode() != null && !i.indicatorCode().isBlank() && !known.contains(i.indicatorCode())) {
                    problems.add(new FieldProblem("dimensions[" + d.code() + "].items[" + i.code() + "].indicatorCode",
                            i.indicatorCode(), messages.get("scheme.error.unknownIndicator", i.name(), i.indicatorCode())));
                }
            }
        }
        return problems;
    }

    private Optional<SchemeSpec> presetNamed(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        String code = key.length() == 1 ? "PRESET-" + key : key;
        return SchemeSpecs.preset(code);
    }

    private String newCode(FormProblems problems, String field, String value) {
        String code = problems.text(field, value, 40, true);
        if (code != null && !Indicators.CODE.matcher(code).matches()) {
            problems.add(field, code, "indicator.error.code", code);
        } else if (code != null && schemes.findByCode(code).isPresent()) {
            problems.add(field, code, "indicator.error.codeTaken", code);
        }
        return code;
    }

    private String note(String note) {
        String text = FormProblems.blankToNull(note);
        if (text != null && text.length() > 500) {
            throw new InvalidInputException(List.of(new FieldProblem("note", text,
                    messages.get("indicator.error.tooLong", messages.get("scheme.field.note"), 500))));
        }
        return text;
    }

    private static String[] families(List<PositionFamily> families) {
        return (families == null ? List.<PositionFamily>of() : families).stream().distinct().sorted().map(Enum::name)
                .toArray(String[]::new);
    }

    private static String actor() {
        return CurrentUser.find().map(CurrentUser::username).orElse(CurrentUser.SYSTEM);
    }

    private Scheme load(String code) {
        return schemes.findByCode(code).orElseThrow(() -> new NotFoundException("scheme", code));
    }

    private SchemeVersion loadVersion(Scheme scheme, Integer number) {
        Optional<SchemeVersion> found = number == null ? versions.findFirstBySchemeIdOrderByNumberDesc(scheme.getId())
                : versions.findBySchemeIdAndNumber(scheme.getId(), number);
        return found.orElseThrow(() -> new NotFoundException("scheme_version", scheme.getCode() + " v" + number));
    }

    private SchemeView view(Scheme s) {
        List<SchemeVersion> all = versions.findBySchemeIdOrderByNumberDesc(s.getId());
        SchemeVersion latest = all.isEmpty() ? null : all.get(0);
        return new SchemeView(s.getId(), s.getCode(), s.getName(), s.getDescription(),
                Arrays.stream(s.getPositionFamilies()).map(PositionFamily::valueOf).toList(),
                SchemeStatus.valueOf(s.getStatus().name()), s.getCreatedAt(), latest == null ? 0 : latest.getNumber(),
                latest != null && latest.isLocked(), all.size(), s.getVersion());
    }

    private SchemeVersionView view(Scheme scheme, SchemeVersion v) {
        return new SchemeVersionView(scheme.getCode(), v.getNumber(), json.scheme(v.getDefinition()), v.getNote(),
                v.getCreatedBy(), v.getCreatedAt(), v.isLocked(), v.getLockedAt(), v.getLockedBy());
    }

    record State(String code, String name, String description, List<String> positionFamilies, String status, long version) {
        static State of(Scheme s) {
            return new State(s.getCode(), s.getName(), s.getDescription(), Arrays.asList(s.getPositionFamilies()),
                    s.getStatus().name(), s.getVersion());
        }
    }

    record VersionState(String scheme, int number, Map<String, Object> definition, String note, Instant lockedAt) {
        static VersionState of(Scheme s, SchemeVersion v) {
            return new VersionState(s.getCode(), v.getNumber(), Map.of("json", v.getDefinition()), v.getNote(), v.getLockedAt());
        }
    }
}
