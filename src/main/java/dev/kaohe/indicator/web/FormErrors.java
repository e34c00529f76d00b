package dev.kaohe.indicator.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.Messages;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Field name → message, for re-rendering a form with its errors next to the fields. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> ofBinding(BindingResult binding, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.get("indicator.error.format",
                    messages.get("indicator.field." + error.getField())));
        }
        return errors;
    }

    static Map<String, String> of(Iterable<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
