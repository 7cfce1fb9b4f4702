package dev.portico.workspace;

import java.time.Instant;

/**
 * What the owner's Settings show of the custom domain.
 *
 * @param included whether the plan includes custom domains (Growth and Scale)
 * @param domain the domain entered; null when none
 * @param cnameTarget the host the domain's CNAME record must point at
 * @param nextCheckAt when the verification process checks again; null when it does not
 */
public record DomainStatus(
    boolean included,
    String domain,
    DomainState state,
    String cnameTarget,
    Instant lastCheckedAt,
    String lastOutcome,
    Instant nextCheckAt,
    Instant verifiedAt) {

  static DomainStatus none(boolean included, String cnameTarget) {
    return new DomainStatus(included, null, null, cnameTarget, null, null, null, null);
  }

  static DomainStatus of(boolean included, CustomDomain d, String cnameTarget) {
    return new DomainStatus(
        included,
        d.getDomain(),
        d.getState(),
        cnameTarget,
        d.getLastCheckedAt(),
        d.getLastOutcome(),
        d.nextCheckAt(),
        d.getVerifiedAt());
  }
}
