package dev.kaohe.indicator;

import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Scheme definitions and rules as the JSON stored in {@code scheme_version.definition} and {@code indicator.default_rule}. */
@Component
class SchemeJson {

    private final JsonMapper json;
    private final JsonMapper compact;

    SchemeJson(JsonMapper json) {
        this.json = json;
        this.compact = json.rebuild()
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    /** JSON without null fields, for people to read and edit. */
    String compact(Object value) {
        return compact.writeValueAsString(value);
    }

    SchemeSpec scheme(String text) {
        return json.readValue(text, SchemeSpec.class);
    }

    RuleSpec rule(String text) {
        return json.readValue(text, RuleSpec.class);
    }
}
