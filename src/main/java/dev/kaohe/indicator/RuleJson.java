package dev.kaohe.indicator;

import java.util.List;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A default scoring rule as stored with an indicator: the scoring module's rule definition as JSON. */
@Component
class RuleJson {

    private final JsonMapper json;
    private final Messages messages;

    RuleJson(JsonMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    List<FieldProblem> check(String field, String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                return List.of(new FieldProblem(field, text, messages.get("indicator.error.ruleJson")));
            }
            return List.of();
        } catch (JacksonException e) {
            return List.of(new FieldProblem(field, text, messages.get("indicator.error.ruleJson")));
        }
    }

    String normalise(String text) {
        return json.writeValueAsString(json.readTree(text));
    }
}
