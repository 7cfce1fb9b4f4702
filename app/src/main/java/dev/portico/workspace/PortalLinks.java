package dev.portico.workspace;

import dev.portico.shared.PorticoProperties;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a workspace's clients find their portal: {@code <scheme>://<verified custom domain>} (the
 * base URL's scheme and port), else {@code portico.base-url}. Every link mailed to a client goes
 * through here; staff links stay on the base URL. Also answers which workspace a request's host
 * belongs to, for branding only, never for authorization (decision 022).
 */
@Service
@Transactional(readOnly = true)
public class PortalLinks {

  private final CustomDomains domains;
  private final Workspaces workspaces;
  private final PorticoProperties properties;
  private final DomainLookup lookup;

  PortalLinks(
      CustomDomains domains,
      Workspaces workspaces,
      PorticoProperties properties,
      DomainLookup lookup) {
    this.domains = domains;
    this.workspaces = workspaces;
    this.properties = properties;
    this.lookup = lookup;
  }

  /** The portal's origin for the workspace's clients, without a trailing slash. */
  public String origin(UUID workspaceId) {
    return domains
        .findById(workspaceId)
        .filter(d -> d.getState() == DomainState.VERIFIED)
        .map(d -> originOf(d.getDomain()))
        .orElseGet(this::baseOrigin);
  }

  /** An absolute link into the workspace's portal (or the sign-in page) for its clients. */
  public String toPortal(UUID workspaceId, String path) {
    return origin(workspaceId) + (path.startsWith("/") ? path : "/" + path);
  }

  /** The origin a verified custom domain is served at: the base URL's scheme and port. */
  public String originOf(String domain) {
    URI base = properties.baseUrl();
    return base.getScheme() + "://" + domain + (base.getPort() == -1 ? "" : ":" + base.getPort());
  }

  /** Whether the host is the one of {@code portico.base-url}: Portico's default address. */
  public boolean isBaseHost(String host) {
    return host != null
        && DomainLookup.normalize(host)
            .equals(DomainLookup.normalize(properties.baseUrl().getHost()));
  }

  /** The workspace whose verified custom domain the host is; empty for every other host. */
  public Optional<UUID> workspaceOfHost(String host) {
    if (host == null || host.isBlank() || isBaseHost(host)) {
      return Optional.empty();
    }
    return domains
        .findByDomain(DomainLookup.normalize(host))
        .filter(d -> d.getState() == DomainState.VERIFIED)
        .map(CustomDomain::getWorkspaceId);
  }

  /** The branding the sign-in page shows on a verified custom domain; empty on any other host. */
  public Optional<Branding> brandingOfHost(String host) {
    return workspaceOfHost(host).flatMap(workspaces::findById).map(Branding::of);
  }

  /**
   * The TLS proxy's question before it obtains a certificate: yes for Portico's own host and for
   * custom domains a workspace has verified, no for every other name.
   */
  public boolean mayServe(String domain) {
    if (domain == null || domain.isBlank() || domain.length() > 253) {
      return false;
    }
    String host = DomainLookup.normalize(domain);
    return isBaseHost(host) || host.equals(lookup.targetHost()) || domains.isVerified(host);
  }

  private String baseOrigin() {
    return properties.baseUrl().toString().replaceAll("/+$", "");
  }
}
