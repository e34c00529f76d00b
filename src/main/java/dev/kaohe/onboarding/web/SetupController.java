package dev.kaohe.onboarding.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.onboarding.FirstRunSetup;
import dev.kaohe.onboarding.SetupAlreadyCompletedException;
import dev.kaohe.onboarding.SetupRequest;
import dev.kaohe.onboarding.SetupResult;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first-run page: setup token, the administrator, and optionally the demo company. */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final FirstRunSetup setup;
    private final Messages messages;

    SetupController(FirstRunSetup setup, Messages messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        if (!setup.isPending()) {
            return "redirect:/login";
        }
        return show(model, SetupRequest.empty(), Map.of());
    }

    @PostMapping
    String submit(@ModelAttribute SetupRequest request, Model model, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletResponse response) {
        if (!setup.isPending()) {
            return "redirect:/login";
        }
        try {
            SetupResult result = setup.complete(request);
            redirect.addFlashAttribute("flash", summary(result));
            return "redirect:/login";
        } catch (SetupAlreadyCompletedException e) {
            return "redirect:/login";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : e.problems()) {
                errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, request, errors);
        }
    }

    private String show(Model model, SetupRequest request, Map<String, String> errors) {
        model.addAttribute("form", request);
        model.addAttribute("errors", errors);
        model.addAttribute("passwordMinLength", setup.passwordMinLength());
        return "setup/setup";
    }

    private String summary(SetupResult result) {
        String done = messages.get("setup.done", result.adminUsername());
        if (result.demo() == null) {
            return done;
        }
        SetupResult.DemoAccounts demo = result.demo();
        return done + " " + messages.get("setup.done.demo", String.join(", ", demo.functional()), demo.director(),
                demo.manager(), demo.teamLead(), demo.employee(), demo.employeeAccounts());
    }
}
