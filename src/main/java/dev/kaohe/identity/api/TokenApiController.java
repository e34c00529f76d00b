package dev.kaohe.identity.api;

import java.time.Instant;
import java.util.List;

import dev.kaohe.identity.ApiScope;
import dev.kaohe.identity.ApiTokenService;
import dev.kaohe.identity.ApiTokenService.CreatedToken;
import dev.kaohe.identity.ApiTokenService.NewToken;
import dev.kaohe.identity.ApiTokenView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Integration tokens (admins only). The secret is in the creation response and nowhere else. */
@RestController
class TokenApiController {

    private final ApiTokenService tokens;
    private final int defaultSize;
    private final int maxSize;

    TokenApiController(ApiTokenService tokens, @Value("${kaohe.paging.default-size:20}") int defaultSize,
                       @Value("${kaohe.paging.max-size:200}") int maxSize) {
        this.tokens = tokens;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/v1/tokens")
    PagedModel<ApiTokenView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return new PagedModel<>(tokens.list(page, size == null ? defaultSize : Math.max(1, Math.min(size, maxSize))));
    }

    /** The scopes a token may be given. */
    @GetMapping("/api/v1/tokens/scopes")
    List<String> scopes() {
        return ApiScope.ALL;
    }

    @PostMapping("/api/v1/tokens")
    ResponseEntity<CreatedToken> create(@RequestBody NewTokenBody body) {
        CreatedToken created = tokens.create(new NewToken(body.name(), body.scopes(), body.expiresAt()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PostMapping("/api/v1/tokens/{id}/revoke")
    ApiTokenView revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }

    /** @param expiresAt optional UTC instant after which the token stops working */
    record NewTokenBody(String name, List<String> scopes, Instant expiresAt) {
    }
}
