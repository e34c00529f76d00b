package dev.kaohe.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.AccountService.AccountRequest;
import dev.kaohe.identity.AccountService.AccountUpdate;
import dev.kaohe.identity.AccountView;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage accounts: list, create, roles, enable/disable, unlock, reset password. */
@Controller
class AccountAdminController {

    private final AccountService accounts;
    private final Messages messages;
    private final int pageSize;

    AccountAdminController(AccountService accounts, Messages messages, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.accounts = accounts;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", accounts.search(q, page, pageSize));
        return "admin/accounts";
    }

    @GetMapping("/admin/accounts/new")
    String newForm(Model model) {
        accounts.search("", 0, 1); // admin check before showing the form
        model.addAttribute("form", new AccountRequest("", "", "", Set.of(), ""));
        return form(model);
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String employeeNo, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        AccountRequest request = new AccountRequest(username, displayName, employeeNo, roleSet(roles), password);
        try {
            AccountView created = accounts.createByAdmin(request);
            redirect.addFlashAttribute("flash", messages.get("account.created", created.username()));
            return "redirect:/admin/accounts/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("form", new AccountRequest(username, displayName, employeeNo, roleSet(roles), ""));
            return form(model);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", updateOf(account));
        return edit(model);
    }

    @PostMapping("/admin/accounts/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String employeeNo, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Long version,
                  Model model, RedirectAttributes redirect) {
        AccountUpdate request = new AccountUpdate(displayName, employeeNo, roleSet(roles), enabled, version);
        try {
            AccountView updated = accounts.update(id, request);
            redirect.addFlashAttribute("flash", messages.get("account.saved", updated.username()));
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("account", accounts.get(id));
            model.addAttribute("form", request);
            return edit(model);
        }
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        AccountView account = accounts.unlock(id);
        redirect.addFlashAttribute("flash", messages.get("account.unlocked", account.username()));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
                         RedirectAttributes redirect) {
        try {
            AccountView account = accounts.resetPassword(id, password);
            redirect.addFlashAttribute("flash", messages.get("account.passwordReset", account.username()));
            return "redirect:/admin/accounts/" + id;
        } catch (InvalidInputException e) {
            AccountView account = accounts.get(id);
            model.addAttribute("passwordErrors", FormErrors.of(e));
            model.addAttribute("account", account);
            model.addAttribute("form", updateOf(account));
            return edit(model);
        }
    }

    private String form(Model model) {
        return page(model, "admin/account-new");
    }

    private String edit(Model model) {
        return page(model, "admin/account-edit");
    }

    private String page(Model model, String view) {
        model.addAttribute("grantable", AccountService.GRANTABLE_ROLES);
        model.addAttribute("minLength", accounts.passwordMinLength());
        return view;
    }

    private static AccountUpdate updateOf(AccountView account) {
        return new AccountUpdate(account.displayName(), account.employeeNo(), Set.copyOf(account.roles()),
                account.enabled(), account.version());
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
