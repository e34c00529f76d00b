package dev.kaohe.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import dev.kaohe.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds it; serialisable because sessions live in the database. */
public record AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, CurrentUser.HasCurrentUser, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        currentUser.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        currentUser.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
