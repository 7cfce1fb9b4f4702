package dev.portico.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact's portal access as staff see it.
 *
 * @param state invited, reminded, active, expired, revoked, ... in words
 * @param since when the state began
 * @param until for active access with an expiry date: when it ends
 */
public record ContactAccess(
    UUID contactId,
    String name,
    String email,
    String jobTitle,
    State state,
    Instant since,
    Instant until) {

  /** What staff can do next depends on it. */
  public enum State {
    NOT_INVITED("Not invited"),
    INVITED("Invited"),
    REMINDED("Reminded"),
    ACTIVE("Active"),
    INVITATION_EXPIRED("Invitation expired"),
    ACCESS_EXPIRED("Access expired"),
    REVOKED("Revoked");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean canResendOrCancel() {
      return this == INVITED || this == REMINDED;
    }

    public boolean canInvite() {
      return this == NOT_INVITED
          || this == INVITATION_EXPIRED
          || this == ACCESS_EXPIRED
          || this == REVOKED;
    }
  }
}
