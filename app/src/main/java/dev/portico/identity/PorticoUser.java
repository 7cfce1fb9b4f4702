package dev.portico.identity;

import dev.portico.shared.security.PorticoPrincipal;
import dev.portico.shared.security.SessionUser;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal after a magic-link sign-in. There is no password. */
public record PorticoUser(SessionUser sessionUser) implements UserDetails, PorticoPrincipal {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return PorticoPrincipal.authoritiesOf(sessionUser.role());
  }

  @Override
  public String getPassword() {
    return null;
  }

  @Override
  public String getUsername() {
    return sessionUser.email();
  }
}
