package dev.portico.identity;

import dev.portico.shared.security.SessionUser;
import java.time.Clock;
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

  public boolean stillAllowed(UUID accountId) {
    return accounts.findById(accountId).map(a -> a.hasAccessAt(clock.instant())).orElse(false)
        && accounts.portalOpenFor(accountId);
  }
}
