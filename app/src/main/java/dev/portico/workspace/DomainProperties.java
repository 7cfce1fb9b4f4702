package dev.portico.workspace;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Custom domains (decision 022).
 *
 * @param dnsServer the resolver asked for CNAME records, {@code host} or {@code host:port}; empty
 *     for the system's resolvers
 * @param targetHost the host a custom domain's CNAME record must point at; empty for the host of
 *     {@code portico.base-url}
 * @param retryOffsets when the domain-verification process checks again, counted from the owner's
 *     "Verify" (backing off, up to 48 hours)
 * @param lookupTimeout how long one DNS question may take
 */
@ConfigurationProperties("portico.domains")
public record DomainProperties(
    String dnsServer, String targetHost, List<Duration> retryOffsets, Duration lookupTimeout) {

  public DomainProperties {
    retryOffsets = retryOffsets == null ? List.of() : List.copyOf(retryOffsets);
    lookupTimeout = lookupTimeout == null ? Duration.ofSeconds(5) : lookupTimeout;
  }
}
