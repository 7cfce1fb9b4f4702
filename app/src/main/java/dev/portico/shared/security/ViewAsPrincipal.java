package dev.portico.shared.security;

import java.io.Serializable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;

/**
 * A staff member viewing the portal as one of their workspace's client contacts. Services see the
 * contact ({@link #sessionUser()}: its workspace, company and account), so the portal shows exactly
 * what the contact sees; the staff member's own sign-in is kept ({@link #staff()}) to go back to
 * and to attribute the visit. Nothing is done in the contact's name: {@link ClientAction} methods
 * refuse while a session looks through this principal.
 *
 * @param contact the contact as services see it
 * @param clientName the contact's company, for the banner
 * @param staff the staff member's own authentication, restored when the view ends
 */
public record ViewAsPrincipal(SessionUser contact, String clientName, Authentication staff)
    implements PorticoPrincipal, AuthenticatedPrincipal, Serializable {

  public ViewAsPrincipal {
    if (!contact.isClient()) {
      throw new IllegalArgumentException("Staff view the portal as a client contact only");
    }
    if (!(staff.getPrincipal() instanceof PorticoPrincipal p) || !p.sessionUser().isStaff()) {
      throw new IllegalArgumentException("Only staff view the portal as a contact");
    }
  }

  @Override
  public SessionUser sessionUser() {
    return contact;
  }

  /** The staff member who is looking. */
  public SessionUser staffUser() {
    return ((PorticoPrincipal) staff.getPrincipal()).sessionUser();
  }

  /** The session's authentication while viewing: the authorities of a client contact only. */
  public Authentication authentication() {
    return UsernamePasswordAuthenticationToken.authenticated(
        this, null, PorticoPrincipal.authoritiesOf(Role.CLIENT));
  }

  @Override
  public String getName() {
    return staffUser().email() + " viewing as " + contact.email();
  }

  /** What the refusal of an action says. */
  public String refusal() {
    return "You are viewing as " + contact.name() + ": actions are disabled.";
  }
}
