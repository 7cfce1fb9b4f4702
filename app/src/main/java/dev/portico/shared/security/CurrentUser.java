package dev.portico.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in person for the current request; services scope every query by it. While staff view
 * the portal as a contact, that is the contact ({@link #viewingAs()} says who is really looking).
 */
@Component
public class CurrentUser {

  public Optional<SessionUser> get() {
    return principal().map(PorticoPrincipal::sessionUser);
  }

  public SessionUser require() {
    return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
  }

  /** Staff viewing the portal as a contact, if this session is doing so. */
  public Optional<ViewAsPrincipal> viewingAs() {
    return principal().filter(ViewAsPrincipal.class::isInstance).map(ViewAsPrincipal.class::cast);
  }

  /** For {@code @PreAuthorize} expressions. */
  public boolean isViewingAs() {
    return viewingAs().isPresent();
  }

  /**
   * Refuses unless the signed-in person acts as themselves: while staff view the portal as a
   * contact, nothing is done in the contact's name.
   *
   * @throws ViewingAsRefused while viewing as a contact
   */
  public void requireActingAsSelf() {
    Optional<ViewAsPrincipal> viewing = viewingAs();
    if (viewing.isPresent()) {
      throw new ViewingAsRefused(viewing.get());
    }
  }

  private static Optional<PorticoPrincipal> principal() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PorticoPrincipal p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }
}
