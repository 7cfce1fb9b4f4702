package dev.portico.shared.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A principal of any sign-in method (magic link, Google) that knows its Portico account. */
public interface PorticoPrincipal {

  SessionUser sessionUser();

  static List<GrantedAuthority> authoritiesOf(Role role) {
    Collection<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    if (role == Role.OWNER) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF));
    }
    return List.copyOf(authorities);
  }
}
