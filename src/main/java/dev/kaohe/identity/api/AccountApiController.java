package dev.kaohe.identity.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.kaohe.identity.AccountService;
import dev.kaohe.identity.AccountService.AccountRequest;
import dev.kaohe.identity.AccountService.AccountUpdate;
import dev.kaohe.identity.AccountService.PasswordChange;
import dev.kaohe.identity.AccountView;
import dev.kaohe.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over the API: admins manage them; everyone signed in with a password changes their own. */
@RestController
class AccountApiController {

    private final AccountService accounts;
    private final int defaultSize;
    private final int maxSize;

    AccountApiController(AccountService accounts, @Value("${kaohe.paging.default-size:20}") int defaultSize,
                         @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.accounts = accounts;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/v1/accounts")
    PagedModel<AccountView> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(required = false) Integer size) {
        return new PagedModel<>(accounts.search(q, page, size == null ? defaultSize : Math.max(1, Math.min(size, maxSize))));
    }

    @GetMapping("/api/v1/accounts/{id}")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<AccountView> create(@RequestBody NewAccountBody body) {
        AccountView created = accounts.createByAdmin(new AccountRequest(body.username(), body.displayName(),
                body.employeeNo(), roles(body.roles()), body.password()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v1/accounts/" + created.id())).body(created);
    }

    /** Replaces display name, employee link, roles and enabled; send the {@code version} you read (409 if stale). */
    @PutMapping("/api/v1/accounts/{id}")
    AccountView update(@PathVariable long id, @RequestBody AccountUpdateBody body) {
        return accounts.update(id, new AccountUpdate(body.displayName(), body.employeeNo(), roles(body.roles()),
                body.enabled() == null || body.enabled(), body.version()));
    }

    @PostMapping("/api/v1/accounts/{id}/unlock")
    AccountView unlock(@PathVariable long id) {
        return accounts.unlock(id);
    }

    @PostMapping("/api/v1/accounts/{id}/password")
    AccountView resetPassword(@PathVariable long id, @RequestBody PasswordResetBody body) {
        return accounts.resetPassword(id, body.password());
    }

    @PostMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody PasswordChange body) {
        accounts.changeOwnPassword(body);
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** @param roles any of HR, FINANCE, EXECUTIVE, AUDITOR, ADMIN */
    record NewAccountBody(String username, String displayName, String employeeNo, List<Role> roles, String password) {
    }

    record AccountUpdateBody(String displayName, String employeeNo, List<Role> roles, Boolean enabled, Long version) {
    }

    record PasswordResetBody(String password) {
    }
}
