package dev.portico.workspace.ui;

import dev.portico.workspace.PortalLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TLS proxy's question before it obtains a certificate on demand (Caddy's {@code on_demand_tls
 * ask}): 200 for Portico's own host and for verified custom domains, 404 for every other name. Open
 * to anyone; the answer carries nothing beyond "ok" (decisions 003 and 022).
 */
@RestController
class DomainAskEndpoint {

  static final String PATH = "/domains/ask";

  private final PortalLinks links;

  DomainAskEndpoint(PortalLinks links) {
    this.links = links;
  }

  @GetMapping(PATH)
  ResponseEntity<String> ask(@RequestParam(name = "domain", required = false) String domain) {
    boolean yes = links.mayServe(domain);
    return ResponseEntity.status(yes ? 200 : 404)
        .contentType(MediaType.TEXT_PLAIN)
        .cacheControl(CacheControl.noStore())
        .body(yes ? "ok" : "unknown");
  }
}
