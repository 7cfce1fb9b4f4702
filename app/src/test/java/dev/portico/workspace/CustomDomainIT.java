package dev.portico.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.PorticoCoreTestApplication;
import dev.portico.identity.MagicLinks;
import dev.portico.processes.DomainVerificationProcess;
import dev.portico.shared.ValidationException;
import dev.portico.shared.engine.FlowRegistry;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.LocalDnsServer;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Custom domains end to end against a DNS server on this machine whose records the test changes: a
 * right CNAME verifies at once, a wrong or missing one says what was found and leaves the
 * domain-verification process retrying (the engine clock moved past each retry), which verifies a
 * name that starts resolving later or gives up and tells the owner. The TLS proxy's question, the
 * host-to-branding answer, mailed links, plan and owner gating.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.base-url=http://portal.portico.test:8080",
      "portico.domains.retry-offsets=PT5M,PT15M,PT30M"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext // moves the engine's clock
class CustomDomainIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String TARGET = "portal.portico.test";
  private static final LocalDnsServer dns = LocalDnsServer.start();

  /** How far the tests moved the engine's clock (and the domain clock) ahead of the wall clock. */
  private static Duration shifted = Duration.ZERO;

  @DynamicPropertySource
  static void localDns(DynamicPropertyRegistry registry) {
    registry.add("portico.domains.dns-server", dns::address);
  }

  @AfterAll
  static void stopDns() {
    dns.close();
  }

  @Autowired Fixtures fixtures;
  @Autowired CustomDomainSettings settings;
  @Autowired PortalLinks links;
  @Autowired MagicLinks magicLinks;
  @Autowired DevMailbox mailbox;
  @Autowired FlowRegistry flows;
  @Autowired ZeebeTestEngine engine;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired CamundaClient camunda;
  @Autowired DomainFlows domainFlows;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void aCnameToThePortalHostIsVerifiedAtOnceAndServesTheWorkspace() {
    Agency a = fixtures.agency("CD1");
    dns.cname("portal.client-cd1.test", TARGET + ".");
    Fixtures.signIn(a.owner());

    settings.change("  https://Portal.Client-CD1.test./ ");
    DomainStatus entered = settings.status();
    assertThat(entered.domain()).isEqualTo("portal.client-cd1.test");
    assertThat(entered.state()).isEqualTo(DomainState.NONE);
    assertThat(entered.cnameTarget()).isEqualTo(TARGET);
    assertThat(links.workspaceOfHost("portal.client-cd1.test"))
        .as("not before verifying")
        .isEmpty();

    DomainStatus verified = settings.verify();

    assertThat(verified.state()).isEqualTo(DomainState.VERIFIED);
    assertThat(verified.lastOutcome())
        .isEqualTo("portal.client-cd1.test points at " + TARGET + ".");
    assertThat(verified.nextCheckAt()).isNull();
    assertThat(links.workspaceOfHost("PORTAL.client-cd1.test.")).contains(a.workspaceId());
    assertThat(links.brandingOfHost("portal.client-cd1.test"))
        .get()
        .extracting(Branding::agencyName)
        .asString()
        .startsWith("Agency CD1 ");
    assertThat(links.mayServe("portal.client-cd1.test")).isTrue();
    assertThat(magicLinks.linkFor(a.clientOf1().email(), "t0k3n"))
        .as("a client's sign-in link uses the workspace's domain")
        .isEqualTo("http://portal.client-cd1.test:8080/login/ott?token=t0k3n");
    assertThat(magicLinks.linkFor(a.staff().email(), "t0k3n"))
        .as("staff sign in at the base URL")
        .isEqualTo("http://portal.portico.test:8080/login/ott?token=t0k3n");
    assertThat(links.toPortal(a.workspaceId(), "/portal"))
        .isEqualTo("http://portal.client-cd1.test:8080/portal");
    assertThat(mailbox.mailsTo(a.owner().email())).as("the owner saw it on screen").isEmpty();

    DomainStatus replaced = settings.change("clients.client-cd1.test");
    assertThat(replaced.domain()).isEqualTo("clients.client-cd1.test");
    assertThat(replaced.state()).isEqualTo(DomainState.NONE);
    assertThat(links.workspaceOfHost("portal.client-cd1.test"))
        .as("replaced: not served")
        .isEmpty();
    assertThat(links.origin(a.workspaceId())).isEqualTo("http://portal.portico.test:8080");
  }

  @Test
  void aWrongOrMissingRecordSaysWhatWasFoundAndServesNothing() {
    Agency a = fixtures.agency("CD2");
    Fixtures.signIn(a.owner());
    settings.change("portal.client-cd2.test");

    dns.cname("portal.client-cd2.test", "elsewhere.example.");
    DomainStatus wrong = settings.verify();
    assertThat(wrong.state()).isEqualTo(DomainState.PENDING);
    assertThat(wrong.lastOutcome())
        .isEqualTo(
            "portal.client-cd2.test points at elsewhere.example, not at "
                + TARGET
                + ". Change the CNAME record's target to "
                + TARGET
                + ".");
    assertThat(wrong.nextCheckAt()).isNotNull();

    dns.addressOnly("portal.client-cd2.test", "192.0.2.10");
    assertThat(settings.verify().lastOutcome())
        .startsWith(
            "portal.client-cd2.test has no CNAME record yet. Create one pointing at " + TARGET);

    dns.remove("portal.client-cd2.test");
    DomainStatus missing = settings.verify();
    assertThat(missing.lastOutcome())
        .startsWith("portal.client-cd2.test does not exist in DNS yet. Create a CNAME record");
    assertThat(missing.state()).isEqualTo(DomainState.PENDING);

    assertThat(links.workspaceOfHost("portal.client-cd2.test")).isEmpty();
    assertThat(links.brandingOfHost("portal.client-cd2.test")).isEmpty();
    assertThat(links.mayServe("portal.client-cd2.test")).isFalse();
    assertThat(links.origin(a.workspaceId())).isEqualTo("http://portal.portico.test:8080");
  }

  @Test
  void aNameThatStartsResolvingAfterTwoRetriesIsVerifiedByTheProcess() {
    Agency a = fixtures.agency("CD3");
    String domain = "portal.client-cd3.test";
    dns.remove(domain);
    Fixtures.signIn(a.owner());
    settings.change(domain);
    DomainStatus pending = settings.verify();
    assertThat(pending.state()).isEqualTo(DomainState.PENDING);
    Instant requested = pending.lastCheckedAt();
    assertThat(pending.nextCheckAt()).isEqualTo(requested.plus(Duration.ofMinutes(5)));
    String flow = verificationId(a);
    await().atMost(WAIT).until(() -> flows.runs(DomainVerificationProcess.ID, flow));

    advanceTo(requested.plus(Duration.ofMinutes(5)));
    await()
        .atMost(WAIT)
        .until(() -> requested.plus(Duration.ofMinutes(15)).equals(status(a).nextCheckAt()));
    advanceTo(requested.plus(Duration.ofMinutes(15)));
    await()
        .atMost(WAIT)
        .until(() -> requested.plus(Duration.ofMinutes(30)).equals(status(a).nextCheckAt()));
    assertThat(status(a).state()).isEqualTo(DomainState.PENDING);
    assertThat(status(a).lastOutcome()).contains("does not exist in DNS yet");

    dns.cname(domain, TARGET);
    advanceTo(requested.plus(Duration.ofMinutes(30)));
    await().atMost(WAIT).until(() -> status(a).state() == DomainState.VERIFIED);
    CapturedMail mail = awaitMail(a.owner().email(), "Your portal now answers at " + domain);
    assertThat(mail.mail().text()).contains("http://" + domain + ":8080");
    await().atMost(WAIT).until(() -> !flows.runs(DomainVerificationProcess.ID, flow));
    assertThat(links.workspaceOfHost(domain)).contains(a.workspaceId());
    assertThat(links.mayServe(domain)).isTrue();
  }

  @Test
  void verificationGivesUpAfterTheLastRetryAndTellsTheOwner() {
    Agency a = fixtures.agency("CD4");
    String domain = "portal.client-cd4.test";
    dns.cname(domain, "old-host.example.");
    Fixtures.signIn(a.owner());
    settings.change(domain);
    Instant requested = settings.verify().lastCheckedAt();
    String flow = verificationId(a);
    await().atMost(WAIT).until(() -> flows.runs(DomainVerificationProcess.ID, flow));

    for (int minutes : List.of(5, 15, 30)) {
      advanceTo(requested.plus(Duration.ofMinutes(minutes)));
      if (minutes < 30) {
        int next = minutes == 5 ? 15 : 30;
        await()
            .atMost(WAIT)
            .until(() -> requested.plus(Duration.ofMinutes(next)).equals(status(a).nextCheckAt()));
      }
    }

    await().atMost(WAIT).until(() -> status(a).state() == DomainState.FAILED);
    CapturedMail mail =
        awaitMail(a.owner().email(), "Your custom domain " + domain + " could not be verified");
    assertThat(mail.mail().text()).contains("points at old-host.example, not at " + TARGET);
    assertThat(status(a).nextCheckAt()).isNull();
    assertThat(links.mayServe(domain)).isFalse();
  }

  /**
   * The engine lost the flow (here: its instance is cancelled, as an engine restarted empty would
   * have none): resumption starts it at the retries-left gateway with the next retry, on the
   * original schedule, and it still verifies the domain.
   */
  @Test
  void aVerificationTheEngineLostResumesAtItsNextRetry() {
    Agency a = fixtures.agency("CD8");
    String domain = "portal.client-cd8.test";
    dns.remove(domain);
    Fixtures.signIn(a.owner());
    settings.change(domain);
    Instant requested = settings.verify().lastCheckedAt();
    String flow = verificationId(a);
    await().atMost(WAIT).until(() -> flows.runs(DomainVerificationProcess.ID, flow));
    advanceTo(requested.plus(Duration.ofMinutes(5)));
    await()
        .atMost(WAIT)
        .until(() -> requested.plus(Duration.ofMinutes(15)).equals(status(a).nextCheckAt()));

    long instance =
        jdbc.sql("select instance_key from engine_flow where business_key = ?")
            .param(flow)
            .query(Long.class)
            .single();
    camunda.newCancelInstanceCommand(instance).send().join();
    await().atMost(WAIT).until(() -> !flows.runs(DomainVerificationProcess.ID, flow));

    assertThat(domainFlows.resumeInFlightFlows()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select start_before || ' ' || (variables ->> 'retry') from engine_command"
                        + " where business_key = ? order by created_at desc limit 1")
                .param(flow)
                .query(String.class)
                .single())
        .isEqualTo(DomainVerificationProcess.RETRIES_LEFT_GATEWAY + " 2");
    await().atMost(WAIT).until(() -> flows.runs(DomainVerificationProcess.ID, flow));

    dns.cname(domain, TARGET);
    advanceTo(requested.plus(Duration.ofMinutes(15)));
    await().atMost(WAIT).until(() -> status(a).state() == DomainState.VERIFIED);
    awaitMail(a.owner().email(), "Your portal now answers at " + domain);
  }

  @Test
  void theTlsProxyHearsYesOnlyForVerifiedDomainsAndPorticosOwnHost() {
    Agency a = fixtures.agency("CD5");
    dns.cname("portal.client-cd5.test", TARGET);
    Fixtures.signIn(a.owner());
    settings.change("portal.client-cd5.test");
    assertThat(links.mayServe("portal.client-cd5.test")).as("entered, not verified").isFalse();
    settings.verify();

    assertThat(links.mayServe("portal.client-cd5.test")).isTrue();
    assertThat(links.mayServe("Portal.Client-CD5.test.")).isTrue();
    assertThat(links.mayServe(TARGET)).as("Portico's own host").isTrue();
    assertThat(links.mayServe("unknown.client-cd5.test")).isFalse();
    assertThat(links.mayServe("")).isFalse();
    assertThat(links.mayServe(null)).isFalse();

    settings.remove();
    assertThat(links.mayServe("portal.client-cd5.test")).as("removed").isFalse();
    assertThat(links.workspaceOfHost("portal.client-cd5.test")).isEmpty();
    assertThat(settings.status().domain()).isNull();
  }

  @Test
  void onlyOwnersOnGrowthOrScaleSetADomainAndEachDomainBelongsToOneWorkspace() {
    Agency a = fixtures.agency("CD6");
    Agency b = fixtures.agency("CD7");
    Fixtures.signIn(a.owner());
    settings.change("portal.client-cd6.test");

    Fixtures.signIn(b.owner());
    assertThatThrownBy(() -> settings.change("PORTAL.client-cd6.test"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "portal.client-cd6.test is already used by another workspace. Use another subdomain,"
                + " or ask Portico's operator if you think it is yours.");
    assertThatThrownBy(() -> settings.change("client-cd6.test"))
        .hasMessageContaining("Enter a subdomain such as portal.client-cd6.test");
    assertThatThrownBy(() -> settings.change(TARGET)).hasMessageContaining("Portico's own address");
    assertThatThrownBy(() -> settings.change("not a domain"))
        .hasMessageContaining("\"not a domain\" is not a domain name");
    assertThatThrownBy(() -> settings.change("192.168.1.10")).hasMessageContaining("not a domain");

    Fixtures.signIn(b.staff());
    assertThatThrownBy(() -> settings.change("portal.client-cd7.test"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> settings.verify()).isInstanceOf(AccessDeniedException.class);
    Fixtures.signIn(b.clientOf1());
    assertThatThrownBy(() -> settings.status()).isInstanceOf(AccessDeniedException.class);

    jdbc.sql("update workspace set plan = 'STARTER' where id = ?").param(b.workspaceId()).update();
    Fixtures.signIn(b.owner());
    assertThat(settings.status().included()).isFalse();
    assertThatThrownBy(() -> settings.change("portal.client-cd7.test"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Growth and Scale plans include a custom domain");
    assertThat(settings.status().domain()).isNull();
  }

  // --- helpers ---

  private DomainStatus status(Agency a) {
    Fixtures.signIn(a.owner());
    return settings.status();
  }

  private String verificationId(Agency a) {
    return jdbc.sql("select verification_id::text from custom_domain where workspace_id = ?")
        .param(a.workspaceId())
        .query(String.class)
        .single();
  }

  private CapturedMail awaitMail(String to, String subject) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                mailbox.mailsTo(to).stream()
                    .filter(m -> m.mail().subject().equals(subject))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** Moves the engine's clock and the domain clock a minute past {@code moment}. */
  private void advanceTo(Instant moment) {
    Duration by = Duration.between(Instant.now().plus(shifted), moment).plusMinutes(1);
    if (by.isNegative()) {
      return;
    }
    engine.increaseTime(by);
    clock.advance(by);
    shifted = shifted.plus(by);
  }
}
