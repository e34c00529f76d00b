package dev.kaohe.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import dev.kaohe.identity.CurrentUser;
import dev.kaohe.indicator.internal.Indicator;
import dev.kaohe.indicator.internal.IndicatorQueries;
import dev.kaohe.indicator.internal.IndicatorRepository;
import dev.kaohe.org.PositionFamily;
import dev.kaohe.platform.FormProblems;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import dev.kaohe.platform.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator library. Readable by everyone signed in, changed by HR and admins; every change is audited. */
@Service
public class Indicators {

    /** Codes are stable identifiers used in schemes and imports: capitals, digits and underscores. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final IndicatorRepository indicators;
    private final IndicatorQueries queries;
    private final IndicatorAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final RuleJson rules;

    Indicators(IndicatorRepository indicators, IndicatorQueries queries, IndicatorAccess access, AuditTrail audit,
               Messages messages, RuleJson rules) {
        this.indicators = indicators;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public Page<IndicatorView> search(IndicatorFilter filter, Pageable pageable) {
        access.requireReader(CurrentUser.get());
        return queries.search(filter == null ? IndicatorFilter.all() : filter, pageable);
    }

    @Transactional(readOnly = true)
    public IndicatorView get(String code) {
        access.requireReader(CurrentUser.get());
        return queries.byId(load(code).getId());
    }

    /** The indicators with these codes (unknown codes are left out). */
    @Transactional(readOnly = true)
    public List<IndicatorView> byCodes(List<String> codes) {
        access.requireReader(CurrentUser.get());
        return queries.byCodes(codes);
    }

    @Transactional
    public IndicatorView create(IndicatorForm form) {
        access.requireWriter(CurrentUser.get());
        String code = validate(null, form);
        Indicator indicator = new Indicator(code);
        apply(indicator, form);
        indicator = indicators.saveAndFlush(indicator);
        audit.record("indicator.create", "indicator", indicator.getId(), null, State.of(indicator));
        return queries.byId(indicator.getId());
    }

    @Transactional
    public IndicatorView update(String code, IndicatorForm form) {
        access.requireWriter(CurrentUser.get());
        Indicator indicator = load(code);
        new FormProblems(messages, "indicator").requireVersion(indicator.getVersion(), form.version());
        validate(indicator, form);
        State before = State.of(indicator);
        apply(indicator, form);
        indicators.saveAndFlush(indicator);
        audit.record("indicator.update", "indicator", indicator.getId(), before, State.of(indicator));
        return queries.byId(indicator.getId());
    }

    @Transactional
    public IndicatorView deactivate(String code, Long version) {
        return setActive(code, version, false);
    }

    @Transactional
    public IndicatorView reactivate(String code, Long version) {
        return setActive(code, version, true);
    }

    private IndicatorView setActive(String code, Long version, boolean active) {
        access.requireWriter(CurrentUser.get());
        Indicator indicator = load(code);
        if (version != null) {
            new FormProblems(messages, "indicator").requireVersion(indicator.getVersion(), version);
        }
        State before = State.of(indicator);
        indicator.setActive(active);
        indicators.saveAndFlush(indicator);
        audit.record(active ? "indicator.reactivate" : "indicator.deactivate", "indicator", indicator.getId(), before,
                State.of(indicator));
        return queries.byId(indicator.getId());
    }

    private String validate(Indicator existing, IndicatorForm form) {
        FormProblems problems = new FormProblems(messages, "indicator");
        String code = null;
        if (existing == null) {
            code = problems.text("code", form.code(), 40, true);
            if (code != null && !CODE.matcher(code).matches()) {
                problems.add("code", code, "indicator.error.code", code);
            } else if (code != null && indicators.findByCode(code).isPresent()) {
                problems.add("code", code, "indicator.error.codeTaken", code);
            }
        } else if (form.code() != null && !form.code().isBlank() && !form.code().strip().equals(existing.getCode())) {
            problems.add("code", form.code(), "indicator.error.codeFixed", existing.getCode());
        }
        problems.text("nameZh", form.nameZh(), 100, true);
        problems.text("nameEn", form.nameEn(), 120, true);
        problems.text("definitionZh", form.definitionZh(), 1000, false);
        problems.text("definitionEn", form.definitionEn(), 1000, false);
        problems.required("dimension", form.dimension());
        problems.required("unit", form.unit());
        problems.required("direction", form.direction());
        problems.required("type", form.type());
        problems.required("measure", form.measure());
        problems.required("dataSource", form.dataSource());
        if (form.defaultTarget() != null && (form.defaultTarget().abs().compareTo(new BigDecimal("1E15")) >= 0
                || form.defaultTarget().scale() > 4)) {
            problems.add("defaultTarget", form.defaultTarget(), "indicator.error.number", problems.label("defaultTarget"));
        }
        if (form.defaultRule() != null) {
            problems.addAll(rules.check("defaultRule", form.defaultRule(), form.direction() == Direction.LOWER_IS_BETTER
                    ? dev.kaohe.scoring.ItemSpec.Direction.LOWER_IS_BETTER : dev.kaohe.scoring.ItemSpec.Direction.HIGHER_IS_BETTER,
                    form.defaultTarget()));
        }
        problems.throwIfAny();
        return code;
    }

    private void apply(Indicator i, IndicatorForm form) {
        i.setNameZh(form.nameZh().strip());
        i.setNameEn(form.nameEn().strip());
        i.setDefinitionZh(FormProblems.blankToNull(form.definitionZh()));
        i.setDefinitionEn(FormProblems.blankToNull(form.definitionEn()));
        i.setDimension(form.dimension());
        i.setUnit(form.unit());
        i.setDirection(form.direction());
        i.setType(form.type());
        i.setMeasure(form.measure());
        i.setDataSource(form.dataSource());
        i.setDefaultTarget(form.defaultTarget());
        i.setDefaultRule(form.defaultRule() == null ? null : rules.write(form.defaultRule()));
        List<PositionFamily> families = form.positionFamilies() == null ? List.of() : form.positionFamilies();
        i.setPositionFamilies(families.stream().distinct().sorted().map(Enum::name).toArray(String[]::new));
    }

    private Indicator load(String code) {
        return indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    record State(String code, String nameZh, String nameEn, String dimension, String unit, String direction, String type,
                 String measure, String dataSource, BigDecimal defaultTarget, String defaultRule,
                 List<String> positionFamilies, boolean active, long version) {
        static State of(Indicator i) {
            return new State(i.getCode(), i.getNameZh(), i.getNameEn(), name(i.getDimension()), name(i.getUnit()),
                    name(i.getDirection()), name(i.getType()), name(i.getMeasure()), name(i.getDataSource()),
                    i.getDefaultTarget(), i.getDefaultRule(), Arrays.asList(i.getPositionFamilies()), i.isActive(),
                    i.getVersion());
        }

        private static String name(Enum<?> e) {
            return e == null ? null : e.name();
        }
    }
}
