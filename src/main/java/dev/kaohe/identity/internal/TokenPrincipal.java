package dev.kaohe.identity.internal;

import dev.kaohe.identity.CurrentUser;

/** An integration authenticated by its bearer token; lives for one request only. */
public record TokenPrincipal(CurrentUser currentUser) implements CurrentUser.HasCurrentUser {

    @Override
    public String toString() {
        return currentUser.username();
    }
}
