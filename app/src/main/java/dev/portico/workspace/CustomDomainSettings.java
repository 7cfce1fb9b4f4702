package dev.portico.workspace;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's custom domain for the client portal (Growth and Scale): enter it, verify its CNAME
 * record, remove it. Verify checks at once; when that fails, the domain-verification process
 * retries on a backing-off schedule (decision 022). Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class CustomDomainSettings {

  /**
   * A host name: labels of letters, digits and inner hyphens; the last one starts with a letter.
   */
  private static final Pattern HOST =
      Pattern.compile("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

  private final CustomDomains domains;
  private final Workspaces workspaces;
  private final DomainLookup lookup;
  private final DomainFlows flows;
  private final DomainProperties properties;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final TransactionTemplate tx;
  private final Clock clock;

  CustomDomainSettings(
      CustomDomains domains,
      Workspaces workspaces,
      DomainLookup lookup,
      DomainFlows flows,
      DomainProperties properties,
      AuditTrail audit,
      CurrentUser currentUser,
      TransactionTemplate tx,
      Clock clock) {
    this.domains = domains;
    this.workspaces = workspaces;
    this.lookup = lookup;
    this.flows = flows;
    this.properties = properties;
    this.audit = audit;
    this.currentUser = currentUser;
    this.tx = tx;
    this.clock = clock;
  }

  /** The domain, the CNAME record to create and how verification stands. */
  @PreAuthorize("hasRole('OWNER')")
  public DomainStatus status() {
    UUID workspaceId = currentUser.require().workspaceId();
    boolean included = included(workspaceId);
    return domains
        .findById(workspaceId)
        .map(d -> DomainStatus.of(included, d, lookup.targetHost()))
        .orElseGet(() -> DomainStatus.none(included, lookup.targetHost()));
  }

  /**
   * Sets (or replaces) the workspace's domain: a subdomain such as {@code portal.client.com}, not
   * yet verified. A replaced domain stops serving the portal at once.
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public DomainStatus change(String input) {
    SessionUser me = currentUser.require();
    requireIncluded(me.workspaceId());
    String domain = normalize(input);
    Optional<CustomDomain> current = domains.lockByWorkspaceId(me.workspaceId());
    if (current.isPresent() && current.get().getDomain().equals(domain)) {
      return status();
    }
    Optional<CustomDomain> taken = domains.findByDomain(domain);
    if (taken.isPresent()) {
      throw new ValidationException(
          domain
              + " is already used by another workspace. Use another subdomain, or ask Portico's"
              + " operator if you think it is yours.");
    }
    current.ifPresent(
        d -> {
          domains.delete(d);
          domains.flush();
        });
    domains.save(
        new CustomDomain(
            me.workspaceId(), domain, me.accountId(), me.name(), me.email(), clock.instant()));
    record(me, "set the custom domain to " + domain);
    return status();
  }

  /** The portal answers only at the default address again; a running verification stops. */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void remove() {
    SessionUser me = currentUser.require();
    domains
        .lockByWorkspaceId(me.workspaceId())
        .ifPresent(
            d -> {
              domains.delete(d);
              record(me, "removed the custom domain " + d.getDomain());
            });
  }

  /**
   * Checks the domain's CNAME record now. Right: the domain is verified and serves the portal. Not
   * yet: the domain-verification process checks again on a backing-off schedule for up to 48 hours
   * and mails the owner how it ended (started through the engine outbox, in the same transaction as
   * the state change).
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public DomainStatus verify() {
    SessionUser me = currentUser.require();
    requireIncluded(me.workspaceId());
    CustomDomain entered =
        domains
            .findById(me.workspaceId())
            .orElseThrow(() -> new ValidationException("Enter a domain before verifying it."));
    DomainLookup.Check check = lookup.check(entered.getDomain());
    tx.executeWithoutResult(
        s -> {
          CustomDomain d =
              domains
                  .lockByWorkspaceId(me.workspaceId())
                  .filter(locked -> locked.getDomain().equals(entered.getDomain()))
                  .orElseThrow(
                      () ->
                          new ValidationException(
                              "The domain changed meanwhile. Reload the page and verify again."));
          d.requestVerification(
              me.accountId(), me.name(), me.email(), properties.retryOffsets(), clock.instant());
          d.checked(check.pointsHere(), check.outcome(), clock.instant());
          if (check.pointsHere()) {
            record(me, "verified the custom domain " + d.getDomain());
          } else {
            d.retrying();
            flows.start(d);
            record(
                me,
                "asked to verify the custom domain "
                    + d.getDomain()
                    + " (not yet: "
                    + check.outcome()
                    + ")");
          }
        });
    return status();
  }

  /**
   * Lower case, without scheme, path or trailing dot; refused unless it is a subdomain (a CNAME
   * cannot sit on a bare domain) other than Portico's own host.
   */
  String normalize(String input) {
    String domain = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    if (domain.contains("://")) {
      URI uri = URI.create(domain.replace(" ", ""));
      domain = uri.getHost() == null ? domain : uri.getHost();
    }
    domain = domain.replaceAll("/+$", "");
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (domain.isEmpty()) {
      throw new ValidationException("Enter a domain such as portal.yourclient.com.");
    }
    if (domain.length() > 253 || !HOST.matcher(domain).matches()) {
      throw new ValidationException(
          "\""
              + input.strip()
              + "\" is not a domain name. Enter one such as portal.yourclient.com: letters, digits"
              + " and hyphens, with dots between the parts.");
    }
    if (domain.split("\\.").length < 3) {
      throw new ValidationException(
          "Enter a subdomain such as portal."
              + domain
              + ": a CNAME record cannot be set on a bare domain like "
              + domain
              + ".");
    }
    String target = lookup.targetHost();
    if (domain.equals(target) || domain.endsWith("." + target)) {
      throw new ValidationException(
          domain + " is Portico's own address. Enter a domain of yours or your client's.");
    }
    return domain;
  }

  private boolean included(UUID workspaceId) {
    return workspaces
        .findById(workspaceId)
        .map(w -> Feature.CUSTOM_DOMAIN.includedIn(w.getPlan()))
        .orElseThrow(() -> new NotFoundException("Workspace"));
  }

  private void requireIncluded(UUID workspaceId) {
    if (!included(workspaceId)) {
      throw new ValidationException(
          "Growth and Scale plans include a custom domain for the client portal. On the Starter"
              + " plan clients use the default address.");
    }
  }

  private void record(SessionUser me, String what) {
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Portal settings changed",
        me.workspaceId(),
        me.name() + " " + what);
  }
}
