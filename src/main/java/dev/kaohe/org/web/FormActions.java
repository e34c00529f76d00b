package dev.kaohe.org.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every HR form does around a write: the form again with its errors, or a flash message and a redirect. */
final class FormActions {

    private final Messages messages;

    FormActions(Messages messages) {
        this.messages = messages;
    }

    /**
     * Saves unless {@code errors} already holds some. {@code write} answers where to go after saving; a rejected
     * write shows the form again with each problem at its field ({@code renames} maps service fields to form
     * fields), a stale one with the conflict message.
     */
    String save(Map<String, String> errors, Map<String, String> renames, Model model, RedirectAttributes redirect,
                Function<Map<String, String>, String> showForm, Supplier<String> write) {
        if (!errors.isEmpty()) {
            return showForm.apply(errors);
        }
        String target;
        try {
            target = write.get();
        } catch (InvalidInputException e) {
            return showForm.apply(FormErrors.of(e.problems(), renames));
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return showForm.apply(Map.of());
        }
        redirect.addFlashAttribute("flash", messages.get("org.saved"));
        return "redirect:" + target;
    }

    /** Deactivates or reactivates; then goes to {@code done}, or back to {@code back} with the reasons it was refused. */
    String changeStatus(boolean deactivate, Runnable change, String done, String back, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionErrors", e.problems().stream().map(FieldProblem::message).toList());
            return "redirect:" + back;
        }
        redirect.addFlashAttribute("flash", messages.get(deactivate ? "org.deactivated" : "org.reactivated"));
        return "redirect:" + done;
    }
}
