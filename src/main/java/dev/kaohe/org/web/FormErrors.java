package dev.kaohe.org.web;

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

    /** Values the browser sent that could not even be converted (a malformed date, a letter in a number). */
    static Map<String, String> ofBinding(BindingResult binding, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.get("org.error.format", messages.get("org.field." + error.getField())));
        }
        return errors;
    }

    static Map<String, String> of(Iterable<FieldProblem> problems, Map<String, String> renames) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(renames.getOrDefault(problem.field(), problem.field()), problem.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
