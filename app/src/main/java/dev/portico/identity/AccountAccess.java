package dev.portico.identity;

import dev.portico.shared.security.Role;
import dev.portico.shared.security.SessionUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether an account may sign in or keep its session: checked at sign-in and on every
 * request, so revocation and access expiry act at once, not only when a process timer fires.
 */
@Service
@Transactional(readOnly = true)
public class AccountAccess {

  private final Accounts accounts;
  private final Clock clock;

  AccountAccess(Accounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The account behind this email if it may sign in now. */
  public Optional<SessionUser> signInAllowed(String email) {
    return accounts
        .findByEmail(Emails.normalize(email))
        .filter(a -> a.hasAccessAt(clock.instant()))
        .filter(a -> accounts.portalOpenFor(a.getId()))
        .map(Account::sessionUser);
  }

  /**
   * A client contact as mails to the company need it.
   *
   * @param portalAccess whether they can use the portal now: access active and the portal open to
   *     them (switched on, company a client). Mails that only point into the portal (reviews) go to
   *     these; invoices fall back to every contact.
   */
  public record Contact(UUID id, String name, String email, boolean portalAccess) {}

  /**
   * A client company's contacts who have not lost access (revoked or expired): those who may use
   * the portal now, and those never invited or still invited.
   */
  public List<Contact> contactsOf(UUID clientId) {
    var now = clock.instant();
    return accounts.findByClientId(clientId).stream()
        .filter(
            a ->
                a.getAccessRevokedAt() == null
                    && a.getPortalStatus() != PortalStatus.EXPIRED
                    && a.getPortalStatus() != PortalStatus.REVOKED
                    && (a.getAccessExpiresAt() == null || now.isBefore(a.getAccessExpiresAt())))
        .sorted(Comparator.comparing(Account::getName))
        .map(
            a ->
                new Contact(
                    a.getId(),
                    a.getName(),
                    a.getEmail(),
                    a.hasAccessAt(now) && accounts.portalOpenFor(a.getId())))
        .toList();
  }

  /** The workspace's first owner: who gets work that belongs to no project. */
  public Optional<UUID> ownerOf(UUID workspaceId) {
    return accounts
        .findFirstByWorkspaceIdAndRoleOrderByCreatedAtAscIdAsc(workspaceId, Role.OWNER)
        .map(Account::getId);
  }

  /** The workspace an email belongs to (whoever holds a sign-in link for it). */
  public Optional<UUID> workspaceOfEmail(String email) {
    return accounts.findByEmail(Emails.normalize(email)).map(Account::getWorkspaceId);
  }

  public Optional<String> emailOf(UUID accountId) {
    return accounts.findById(accountId).map(Account::getEmail);
  }

  public Optional<String> nameOf(UUID accountId) {
    return accounts.findById(accountId).map(Account::getName);
  }

  /** Where a signed-in person stands on this request. */
  public enum Standing {
    /** Carries on. */
    ALLOWED,
    /**
     * A contact of a client company while the agency has switched its portal off: the session
     * stays, but every portal page answers "portal unavailable" until it is switched on again.
     */
    PORTAL_OFF,
    /** Revoked, expired, gone or no longer a client: the session ends. */
    ENDED
  }

  public Standing standing(UUID accountId) {
    if (stillAllowed(accountId)) {
      return Standing.ALLOWED;
    }
    boolean pausedContact =
        accounts
                .findById(accountId)
                .filter(a -> a.getRole() == Role.CLIENT && a.hasAccessAt(clock.instant()))
                .isPresent()
            && accounts.ofClientCompany(accountId);
    return pausedContact ? Standing.PORTAL_OFF : Standing.ENDED;
  }

  public boolean stillAllowed(UUID accountId) {
    return accounts.findById(accountId).map(a -> a.hasAccessAt(clock.instant())).orElse(false)
        && accounts.portalOpenFor(accountId);
  }
}
