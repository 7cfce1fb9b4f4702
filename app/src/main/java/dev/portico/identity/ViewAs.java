package dev.portico.identity;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Role;
import dev.portico.shared.security.SessionUser;
import dev.portico.shared.security.ViewAsPrincipal;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "View as client": staff see the portal as one of their workspace's contacts, read-only. Starting
 * gives the authentication the session continues with (the contact's scope, the staff member's own
 * sign-in kept inside); ending gives the staff member's own back. Both are on the contact's audit
 * trail. The session switch itself is the web layer's; actions are refused by the {@code
 * ClientAction} guard, not here.
 */
@Service
public class ViewAs {

  private static final Logger log = LoggerFactory.getLogger(ViewAs.class);

  private final Accounts accounts;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  ViewAs(Accounts accounts, AuditTrail audit, CurrentUser currentUser, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Starts viewing the portal as a contact of the signed-in staff member's workspace.
   *
   * @return the authentication for the session from now on
   * @throws NotFoundException for a contact of another workspace, a staff account, an unknown id
   * @throws ValidationException when the contact cannot use the portal now (not invited, expired,
   *     revoked, portal switched off): there is nothing of theirs to see
   */
  @PreAuthorize("hasRole('STAFF')")
  @Transactional
  public Authentication start(UUID contactId) {
    SessionUser me = currentUser.require();
    Account contact =
        accounts
            .findByIdAndWorkspaceId(contactId, me.workspaceId())
            .filter(a -> a.getRole() == Role.CLIENT)
            .orElseThrow(() -> new NotFoundException("Contact"));
    if (!contact.hasAccessAt(clock.instant()) || !accounts.portalOpenFor(contact.getId())) {
      throw new ValidationException(
          contact.getName()
              + " has no portal access right now, so there is no portal to view as them.");
    }
    String clientName =
        accounts.clientName(me.workspaceId(), contact.getClientId()).orElse("their company");
    ViewAsPrincipal viewing =
        new ViewAsPrincipal(
            contact.sessionUser(),
            clientName,
            SecurityContextHolder.getContext().getAuthentication());
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Viewed as client",
        contact.getId(),
        me.name() + " opened the portal as " + contact.getName() + " (read only)");
    log.info("Account {} views the portal as contact {}", me.accountId(), contact.getId());
    return viewing.authentication();
  }

  /**
   * Ends viewing as a contact.
   *
   * @return the staff member's own authentication, to continue the session with
   */
  @PreAuthorize("@currentUser.isViewingAs()")
  @Transactional
  public Authentication end() {
    ViewAsPrincipal viewing = currentUser.viewingAs().orElseThrow();
    SessionUser staff = viewing.staffUser();
    audit.record(
        staff.workspaceId(),
        staff.accountId(),
        "Stopped viewing as client",
        viewing.contact().accountId(),
        staff.name() + " went back to the console");
    log.info(
        "Account {} stopped viewing the portal as contact {}",
        staff.accountId(),
        viewing.contact().accountId());
    return viewing.staff();
  }
}
