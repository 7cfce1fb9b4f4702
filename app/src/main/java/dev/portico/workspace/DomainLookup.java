package dev.portico.workspace;

import dev.portico.shared.PorticoProperties;
import java.io.IOException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS whether a custom domain has a CNAME record pointing at Portico's portal host, through
 * the configured resolver ({@code portico.domains.dns-server}; the system's when empty). Only a
 * CNAME counts: an A record to the same address could change behind Portico's back.
 */
@Component
class DomainLookup {

  /** What one look-up found, in words the owner reads next to the domain. */
  record Check(boolean pointsHere, String outcome) {}

  private static final Logger log = LoggerFactory.getLogger(DomainLookup.class);

  private final DomainProperties domains;
  private final PorticoProperties portico;

  DomainLookup(DomainProperties domains, PorticoProperties portico) {
    this.domains = domains;
    this.portico = portico;
  }

  /** The host a CNAME must point at: {@code portico.domains.target-host}, else the base URL's. */
  String targetHost() {
    String target = domains.targetHost();
    if (target == null || target.isBlank()) {
      target = portico.baseUrl().getHost();
    }
    return normalize(target);
  }

  Check check(String domain) {
    String target = targetHost();
    Message answer;
    try {
      Record question = Record.newRecord(Name.fromString(domain + "."), Type.CNAME, DClass.IN);
      answer = resolver().send(Message.newQuery(question));
    } catch (TextParseException e) {
      return new Check(false, domain + " is not a name DNS can look up.");
    } catch (IOException e) {
      log.info("DNS look-up of {} failed: {}", domain, e.toString());
      return new Check(
          false,
          "The DNS look-up of "
              + domain
              + " did not get an answer ("
              + e.getClass().getSimpleName()
              + "). Portico will try again.");
    }
    int rcode = answer.getRcode();
    if (rcode == Rcode.NXDOMAIN) {
      return new Check(
          false,
          domain
              + " does not exist in DNS yet. Create a CNAME record pointing at "
              + target
              + " (changes can take a while to show).");
    }
    if (rcode != Rcode.NOERROR) {
      return new Check(
          false,
          "The DNS server answered "
              + Rcode.string(rcode)
              + " for "
              + domain
              + ". Portico will try again.");
    }
    List<String> targets =
        answer.getSection(Section.ANSWER).stream()
            .filter(CNAMERecord.class::isInstance)
            .map(r -> normalize(((CNAMERecord) r).getTarget().toString()))
            .toList();
    if (targets.isEmpty()) {
      return new Check(
          false,
          domain
              + " has no CNAME record yet. Create one pointing at "
              + target
              + " (changes can take a while to show).");
    }
    if (targets.contains(target)) {
      return new Check(true, domain + " points at " + target + ".");
    }
    return new Check(
        false,
        domain
            + " points at "
            + targets.getFirst()
            + ", not at "
            + target
            + ". Change the CNAME record's target to "
            + target
            + ".");
  }

  private Resolver resolver() throws UnknownHostException {
    String server = domains.dnsServer();
    Resolver resolver;
    if (server == null || server.isBlank()) {
      resolver = new ExtendedResolver();
    } else {
      String host = server.strip();
      int port = 53;
      int colon = host.lastIndexOf(':');
      if (colon > 0 && host.indexOf(':') == colon) {
        port = Integer.parseInt(host.substring(colon + 1));
        host = host.substring(0, colon);
      }
      SimpleResolver simple = new SimpleResolver(host);
      simple.setPort(port);
      resolver = simple;
    }
    resolver.setTimeout(domains.lookupTimeout());
    return resolver;
  }

  /** Lower case, without the trailing dot of a fully qualified name. */
  static String normalize(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
