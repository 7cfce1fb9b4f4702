package dev.portico.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person for the current request; services scope every query by it. */
@Component
public class CurrentUser {

  public Optional<SessionUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PorticoPrincipal p) {
      return Optional.of(p.sessionUser());
    }
    return Optional.empty();
  }

  public SessionUser require() {
    return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
  }
}
