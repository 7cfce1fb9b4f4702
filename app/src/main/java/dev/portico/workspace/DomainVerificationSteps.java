package dev.portico.workspace;

import static dev.portico.processes.DomainVerificationProcess.OUTCOME_NOT_YET;
import static dev.portico.processes.DomainVerificationProcess.OUTCOME_STOPPED;
import static dev.portico.processes.DomainVerificationProcess.OUTCOME_VERIFIED;

import dev.portico.shared.PorticoProperties;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.MailOutbox;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic steps of domain-verification, one method per job type. Each finds its domain by the
 * verification id (a removed domain, a changed one or a newer press of Verify makes an older flow
 * stale) and is idempotent: mails go through the outbox under a key per verification.
 */
@Service
public class DomainVerificationSteps {

  private static final Logger log = LoggerFactory.getLogger(DomainVerificationSteps.class);

  private final CustomDomains domains;
  private final DomainLookup lookup;
  private final WorkspaceSettings workspaces;
  private final PortalLinks links;
  private final PorticoProperties properties;
  private final MailOutbox outbox;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  DomainVerificationSteps(
      CustomDomains domains,
      DomainLookup lookup,
      WorkspaceSettings workspaces,
      PortalLinks links,
      PorticoProperties properties,
      MailOutbox outbox,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock) {
    this.domains = domains;
    this.lookup = lookup;
    this.workspaces = workspaces;
    this.links = links;
    this.properties = properties;
    this.outbox = outbox;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Retry number {@code retry}: looks the CNAME up (outside any transaction: DNS may be slow), then
   * records what it found under the domain's lock.
   *
   * @return VERIFIED, NOT_YET or STOPPED (the flow is no longer wanted)
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public String check(UUID verificationId, int retry) {
    Optional<CustomDomain> pending = domains.findByVerificationId(verificationId);
    if (pending.isEmpty() || pending.get().getState() == DomainState.FAILED) {
      return OUTCOME_STOPPED;
    }
    if (pending.get().getState() == DomainState.VERIFIED) {
      return OUTCOME_VERIFIED; // a redelivered job: verified by this very flow
    }
    DomainLookup.Check check = lookup.check(pending.get().getDomain());
    return tx.execute(
        s -> {
          CustomDomain d = domains.lockByVerificationId(verificationId).orElse(null);
          if (d == null || d.getState() != DomainState.PENDING) {
            return d != null && d.getState() == DomainState.VERIFIED
                ? OUTCOME_VERIFIED
                : OUTCOME_STOPPED;
          }
          d.retried(retry);
          d.checked(check.pointsHere(), check.outcome(), clock.instant());
          if (!check.pointsHere()) {
            return OUTCOME_NOT_YET;
          }
          audit.record(
              d.getWorkspaceId(),
              null,
              "Portal settings changed",
              d.getWorkspaceId(),
              "The custom domain " + d.getDomain() + " was verified (check " + retry + ")");
          log.info("Custom domain {} verified on retry {}", d.getDomain(), retry);
          return OUTCOME_VERIFIED;
        });
  }

  /** The owner who pressed Verify hears that the portal answers at the domain now. */
  @Transactional
  public void mailVerified(UUID verificationId) {
    domains
        .findByVerificationId(verificationId)
        .filter(d -> d.getState() == DomainState.VERIFIED)
        .ifPresent(
            d ->
                mail(
                    d,
                    "domain-verified:",
                    "Your portal now answers at " + d.getDomain(),
                    List.of(
                        d.getDomain()
                            + " points at Portico: your clients' portal, sign-in links"
                            + " and mails use "
                            + links.originOf(d.getDomain())
                            + " from now on.",
                        "The default address keeps working too.")));
  }

  /** The last retry found no CNAME to the portal host: FAILED, and the owner hears why. */
  @Transactional
  public void fail(UUID verificationId) {
    CustomDomain d = domains.lockByVerificationId(verificationId).orElse(null);
    if (d == null || d.getState() != DomainState.PENDING) {
      return;
    }
    d.failed(clock.instant());
    audit.record(
        d.getWorkspaceId(),
        null,
        "Portal settings changed",
        d.getWorkspaceId(),
        "Verification of the custom domain " + d.getDomain() + " gave up: " + d.getLastOutcome());
    mail(
        d,
        "domain-failed:",
        "Your custom domain " + d.getDomain() + " could not be verified",
        List.of(
            "For 48 hours Portico checked whether "
                + d.getDomain()
                + " has a CNAME record pointing at "
                + lookup.targetHost()
                + ". The last check found: "
                + (d.getLastOutcome() == null ? "no answer" : d.getLastOutcome()),
            "Fix the record with your DNS provider, then press Verify in Settings again. Your"
                + " clients keep using the default address meanwhile."));
    log.info("Verification of custom domain {} failed", d.getDomain());
  }

  private void mail(CustomDomain d, String key, String subject, List<String> paragraphs) {
    Branding brand = workspaces.policyOf(d.getWorkspaceId()).branding();
    outbox.enqueue(
        key + d.getVerificationId(),
        BrandedMail.toClient(
            d.getRequestedByEmail(),
            d.getRequestedByName(),
            brand,
            subject,
            paragraphs,
            properties.link("/staff/settings"),
            "Open Settings",
            List.of()));
  }
}
