package dev.kaohe.identity.web;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.AccountService.PasswordChange;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone changes their own password here. */
@Controller
class PasswordController {

    private final AccountService accounts;
    private final Messages messages;

    PasswordController(AccountService accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("minLength", accounts.passwordMinLength());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String repeatPassword, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(new PasswordChange(currentPassword, newPassword, repeatPassword));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("minLength", accounts.passwordMinLength());
            return "account/password";
        }
        redirect.addFlashAttribute("flash", messages.get("password.changed"));
        return "redirect:/";
    }
}
