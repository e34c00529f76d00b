package dev.kaohe.identity.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.ApiTokenService;
import dev.kaohe.identity.ApiTokenService.CreatedToken;
import dev.kaohe.identity.ApiTokenService.NewToken;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins issue and revoke integration tokens. A new token's secret is rendered once, never redirected or stored. */
@Controller
class TokenAdminController {

    private final ApiTokenService tokens;
    private final Messages messages;
    private final int pageSize;

    TokenAdminController(ApiTokenService tokens, Messages messages, @Value("${kaohe.paging.default-size:20}") int pageSize) {
        this.tokens = tokens;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping("/admin/tokens")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, model);
    }

    @PostMapping("/admin/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> scopes,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                  Model model) {
        try {
            CreatedToken created = tokens.create(new NewToken(name, scopes == null ? List.of() : scopes,
                    expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            model.addAttribute("created", created);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("name", name);
            model.addAttribute("checkedScopes", scopes == null ? List.of() : scopes);
            model.addAttribute("expiresOn", expiresOn);
        }
        return page(0, model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var token = tokens.revoke(id);
        redirect.addFlashAttribute("flash", messages.get("token.revoked", token.name()));
        return "redirect:/admin/tokens";
    }

    private String page(int page, Model model) {
        model.addAttribute("page", tokens.list(page, pageSize));
        model.addAttribute("allScopes", ApiScope.ALL);
        if (!model.containsAttribute("checkedScopes")) {
            model.addAttribute("checkedScopes", List.of());
        }
        return "admin/tokens";
    }
}
