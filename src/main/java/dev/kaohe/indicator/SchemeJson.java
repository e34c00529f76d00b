package dev.kaohe.indicator;

import dev.kaohe.scoring.RuleSpec;
import dev.kaohe.scoring.SchemeSpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Scheme definitions and rules as the JSON stored in {@code scheme_version.definition} and {@code indicator.default_rule}. */
@Component
class SchemeJson {

    private final JsonMapper json;

    SchemeJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    SchemeSpec scheme(String text) {
        return json.readValue(text, SchemeSpec.class);
    }

    RuleSpec rule(String text) {
        return json.readValue(text, RuleSpec.class);
    }
}
