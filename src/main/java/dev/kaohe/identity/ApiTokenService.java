package dev.kaohe.identity;

import dev.kaohe.platform.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.kaohe.identity.internal.ApiToken;
import dev.kaohe.identity.internal.ApiTokenRepository;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for integrations. A token reads {@code kh_<prefix>_<secret>}; it is shown once when created and
 * kept only as its SHA-256 (a long random secret needs no slow hash) and its prefix.
 */
@Service
public class ApiTokenService {

    public static final String TOKEN_START = "kh_";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccessPolicy accessPolicy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AccessPolicy accessPolicy, AuditTrail audit, Messages messages, Clock clock) {
        this.tokens = tokens;
        this.accessPolicy = accessPolicy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(NewToken request) {
        CurrentUser user = CurrentUser.get();
        accessPolicy.requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", messages.get("error.required")));
        } else if (name.length() > 80) {
            problems.add(new FieldProblem("name", name, messages.get("account.error.tooLong", 80)));
        }
        Set<String> scopes = new TreeSet<>();
        if (request.scopes() == null || request.scopes().isEmpty()) {
            problems.add(FieldProblem.of("scopes", messages.get("token.error.noScope")));
        } else {
            for (String scope : request.scopes()) {
                if (ApiScope.isKnown(scope)) {
                    scopes.add(scope);
                } else {
                    problems.add(new FieldProblem("scopes", scope, messages.get("token.error.unknownScope", String.join(", ", ApiScope.ALL))));
                }
            }
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            problems.add(new FieldProblem("expiresAt", request.expiresAt().toString(), messages.get("token.error.expiryPast")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String prefix = randomText(8);
        String secret = TOKEN_START + prefix + "_" + randomText(40);
        ApiToken token = tokens.save(new ApiToken(name, prefix, sha256(secret), scopes, user.username(), now, request.expiresAt()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("prefix", prefix);
        after.put("scopes", List.copyOf(scopes));
        after.put("expiresAt", request.expiresAt() == null ? null : request.expiresAt().toString());
        audit.record("token.create", "api_token", token.getId(), null, after);
        return new CreatedToken(view(token), secret);
    }

    @Transactional(readOnly = true)
    public Page<ApiTokenView> list(int page, int size) {
        accessPolicy.requireAdmin(CurrentUser.get());
        return tokens.listAll(PageRequest.of(Math.max(page, 0), size)).map(this::view);
    }

    @Transactional
    public ApiTokenView revoke(long id) {
        accessPolicy.requireAdmin(CurrentUser.get());
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("api_token", id));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            tokens.saveAndFlush(token);
            audit.record("token.revoke", "api_token", token.getId(), Map.of("name", token.getName(), "prefix", token.getTokenPrefix()),
                    Map.of("name", token.getName(), "prefix", token.getTokenPrefix(), "revokedAt", token.getRevokedAt().toString()));
        }
        return view(token);
    }

    /** Who a presented bearer token stands for, when it is genuine, unrevoked and unexpired. */
    public Optional<CurrentUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_START) || presented.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(presented))
                .filter(token -> token.isUsableAt(now))
                .map(token -> {
                    if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
                        tokens.touch(token.getId(), now, now.minus(TOUCH_INTERVAL));
                    }
                    return new CurrentUser(token.getId(), "token:" + token.getName(), token.getName(), null,
                            Set.of(Role.INTEGRATION), Set.copyOf(token.getScopes()));
                });
    }

    private ApiTokenView view(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getName(), token.getTokenPrefix(), token.getScopes(),
                token.getCreatedBy(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(),
                token.getRevokedAt(), token.isUsableAt(clock.instant()));
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param expiresAt optional; null means the token lasts until revoked */
    public record NewToken(String name, List<String> scopes, Instant expiresAt) {
    }

    /** The new token and its secret, which is shown this once and never again. */
    public record CreatedToken(ApiTokenView token, String secret) {
    }
}
