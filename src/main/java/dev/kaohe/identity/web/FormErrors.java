package dev.kaohe.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;

/** A form's problems by field name, first message per field, for the {@code forms :: input} fragment. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            errors.putIfAbsent(problem.field(), problem.message());
        }
        return errors;
    }
}
