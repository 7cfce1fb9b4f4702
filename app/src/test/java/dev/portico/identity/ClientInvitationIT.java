package dev.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.identity.ContactAccess.State;
import dev.portico.shared.ValidationException;
import dev.portico.shared.engine.EngineStartup;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.TestSupportConfig;
import dev.portico.workspace.ProcessTimings;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The client-invitation process end to end on the embedded engine with the real workers, mail over
 * real SMTP (GreenMail). This class moves the engine's clock and replaces the engine, so it has a
 * context of its own.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3026",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientInvitationIT {

  /** The engine that replaced the context's own in the restart test (which runs last). */
  private static ZeebeTestEngine replacement;

  @AfterAll
  static void stopReplacement() {
    if (replacement != null) {
      replacement.stop();
    }
  }

  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/login/ott\\?token=([A-Za-z0-9_-]+)");

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3026, "127.0.0.1", "smtp"));

  @Autowired Fixtures fixtures;
  @Autowired ClientInvitations invitations;
  @Autowired ProcessTimings timings;
  @Autowired HashedOneTimeTokenService tokens;
  @Autowired AccountAccess access;
  @Autowired ZeebeTestEngine engine;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EngineStartup engineStartup;
  @Autowired Environment environment;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void invitedClientFollowsTheMailedLinkOnceAndIsActive() throws Exception {
    Agency agency = fixtures.agency("I");
    String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());

    assertThat(invitations.invite(agency.client1(), new InviteForm(email, "Nina New", null)))
        .isEqualTo(ClientInvitations.Outcome.SENT);

    MimeMessage welcome = mailTo(email, "Your project portal with Agency I");
    assertThat(GreenMailUtil.getBody(welcome)).contains("Nina New");
    String token = token(welcome);
    assertThat(access.signInAllowed(email)).as("no access before accepting").isEmpty();

    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token)).getUsername())
        .isEqualTo(email);
    assertThat(access.signInAllowed(email)).as("signed in on first use").isPresent();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token)))
        .as("the same link twice")
        .isNull();

    UUID contactId = access.signInAllowed(email).orElseThrow().accountId();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                stateOf(agency, contactId) == State.ACTIVE
                    && jdbc.sql(
                            "select activated_at is not null from invitation where contact_id = ?")
                        .param(contactId)
                        .query(Boolean.class)
                        .single());
    assertThat(invitations.auditTrail(agency.client1()))
        .extracting(AuditTrail_action())
        .contains("Invited", "Invitation mailed", "Invitation accepted", "Portal access active");
  }

  @Test
  void aSecondInviteResendsInsteadOfDuplicatingAndTheOldLinkStopsWorking() throws Exception {
    Agency agency = fixtures.agency("R");
    String email = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    invitations.invite(agency.client1(), new InviteForm(email, null, null));
    String first = token(mailTo(email, "Your project portal"));

    assertThat(
            invitations.invite(agency.client1(), new InviteForm(email.toUpperCase(), null, null)))
        .isEqualTo(ClientInvitations.Outcome.RESENT);

    await().atMost(Duration.ofSeconds(10)).until(() -> received(email).length == 2);
    String second = token(received(email)[1]);
    assertThat(
            jdbc.sql(
                    "select count(*) from invitation i join account a on a.id = i.contact_id where lower(a.email) = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(first)))
        .as("replaced link")
        .isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(second))).isNotNull();
  }

  @Test
  void badInvitationsAreRefusedWithAClearMessage() {
    Agency agency = fixtures.agency("V");
    Agency other = fixtures.agency("W");
    Fixtures.signIn(agency.staff());

    assertThatThrownBy(
            () ->
                invitations.invite(
                    agency.client1(),
                    new InviteForm("x@y.test", null, LocalDate.now(clock).minusDays(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("today or later");
    assertThatThrownBy(
            () ->
                invitations.invite(
                    agency.client1(), new InviteForm(other.clientOf1().email(), null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("another account");
    assertThatThrownBy(
            () ->
                invitations.invite(
                    agency.client1(), new InviteForm(agency.clientOf1().email(), null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already has portal access");
    jdbc.sql("update workspace set portal_enabled = false where id = ?")
        .param(agency.workspaceId())
        .update();
    assertThatThrownBy(
            () -> invitations.invite(agency.client1(), new InviteForm("z@y.test", null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("portal is switched off");
  }

  @Test
  void silentClientIsRemindedThenTheInvitationExpires() throws Exception {
    Agency agency = fixtures.agency("S");
    String email = "silent-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    invitations.invite(agency.client1(), new InviteForm(email, null, null));
    String welcomeToken = token(mailTo(email, "Your project portal"));
    UUID contactId = contactId(email);

    advance(Duration.ofDays(3).plusMinutes(1));
    MimeMessage reminder = mailTo(email, "Reminder: your project portal");
    assertThat(reminder).isNotNull();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> stateOf(agency, contactId) == State.REMINDED);

    advance(Duration.ofDays(11));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> stateOf(agency, contactId) == State.INVITATION_EXPIRED);
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token(reminder))))
        .as("expired invitation link")
        .isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(welcomeToken))).isNull();
    assertThat(access.signInAllowed(email)).isEmpty();

    // Re-invited after expiry: a new invitation that can be accepted.
    Fixtures.signIn(agency.staff());
    assertThat(invitations.invite(agency.client1(), new InviteForm(email, null, null)))
        .isEqualTo(ClientInvitations.Outcome.SENT);
    await().atMost(Duration.ofSeconds(10)).until(() -> received(email).length == 3);
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token(received(email)[2]))))
        .isNotNull();
    assertThat(access.signInAllowed(email)).isPresent();
  }

  @Test
  void anInvitationSentAfterTheOwnerRetimedTheProcessFollowsTheNewTiming() throws Exception {
    Agency agency = fixtures.agency("T");
    String email = "retimed-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.owner());
    ProcessTimings.Form now = timings.current();
    assertThat(now.invitationReminder()).isEqualTo("3 days");
    timings.change(
        new ProcessTimings.Form(
            "12 hours",
            "2 days",
            now.reviewReminder(),
            now.reviewWindow(),
            now.includedRevisionRounds(),
            now.feedbackSlaBusinessDays(),
            now.dunningSchedule()));

    Fixtures.signIn(agency.staff());
    invitations.invite(agency.client1(), new InviteForm(email, null, null));
    mailTo(email, "Your project portal");
    UUID contactId = contactId(email);

    advance(Duration.ofHours(12).plusMinutes(1));
    assertThat(mailTo(email, "Reminder: your project portal")).isNotNull();
    advance(Duration.ofHours(36));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> stateOf(agency, contactId) == State.INVITATION_EXPIRED);
  }

  @Test
  void accessEndsAtItsExpiryDateAndClientAndLeadAreTold() throws Exception {
    Agency agency = fixtures.agency("E");
    String email = "expiring-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    invitations.invite(
        agency.client1(), new InviteForm(email, null, LocalDate.now(clock).plusDays(5)));
    tokens.consume(
        new OneTimeTokenAuthenticationToken(token(mailTo(email, "Your project portal"))));
    UUID contactId = contactId(email);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql("select activated_at is not null from invitation where contact_id = ?")
                    .param(contactId)
                    .query(Boolean.class)
                    .single());
    assertThat(access.signInAllowed(email)).isPresent();

    advance(Duration.ofDays(7));

    assertThat(access.signInAllowed(email))
        .as("refused once expired, whatever the process does")
        .isEmpty();
    mailTo(email, "Your portal access with Agency E");
    mailTo(agency.staff().email(), "Portal access ended");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> stateOf(agency, contactId) == State.ACCESS_EXPIRED);
  }

  @Test
  void staffCanCancelAnInvitationAndRevokeAccess() throws Exception {
    Agency agency = fixtures.agency("C");
    String pending = "pending-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    invitations.invite(agency.client1(), new InviteForm(pending, null, null));
    String link = token(mailTo(pending, "Your project portal"));

    invitations.cancel(contactId(pending));
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(link)))
        .as("cancelled invitation link")
        .isNull();
    assertThat(stateOf(agency, contactId(pending))).isEqualTo(State.NOT_INVITED);

    invitations.revoke(agency.clientOf1().accountId());
    assertThat(access.signInAllowed(agency.clientOf1().email())).isEmpty();
    assertThat(access.stillAllowed(agency.clientOf1().accountId())).isFalse();
    assertThat(stateOf(agency, agency.clientOf1().accountId())).isEqualTo(State.REVOKED);
    assertThat(invitations.auditTrail(agency.client1()))
        .extracting(AuditTrail_action())
        .contains("Invitation cancelled", "Access revoked");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void pendingInvitationsAndScheduledExpiriesResumeOnAnEmptyEngine() throws Exception {
    Agency agency = fixtures.agency("X");
    String pending = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    String expiring =
        "restart-exp-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    Fixtures.signIn(agency.staff());
    invitations.invite(agency.client1(), new InviteForm(pending, null, null));
    invitations.invite(
        agency.client1(), new InviteForm(expiring, null, LocalDate.now(clock).plusDays(5)));
    String pendingToken = token(mailTo(pending, "Your project portal"));
    tokens.consume(
        new OneTimeTokenAuthenticationToken(token(mailTo(expiring, "Your project portal"))));
    UUID pendingId = contactId(pending);
    UUID expiringId = contactId(expiring);
    await().atMost(Duration.ofSeconds(20)).until(() -> activated(expiringId));

    // The application restarts on an empty engine: same port, nothing deployed, no instances.
    engine.stop();
    int port = environment.getRequiredProperty("portico.engine.embedded-port", Integer.class);
    replacement = EngineFactory.create(port);
    replacement.start();
    // A new engine's clock is the wall clock; this class moved time, so catch up with it first.
    replacement.increaseTime(Duration.between(Instant.now(), clock.instant()));
    engineStartup.deployAndResume();

    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(pendingToken))).isNotNull();
    await().atMost(Duration.ofSeconds(30)).until(() -> activated(pendingId));
    assertThat(received(pending)).as("the welcome mail is not sent again on resume").hasSize(1);

    clock.advance(Duration.ofDays(7));
    replacement.increaseTime(Duration.ofDays(7));
    mailTo(expiring, "Your portal access with Agency X");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> stateOf(agency, expiringId) == State.ACCESS_EXPIRED);
  }

  private boolean activated(UUID contactId) {
    return jdbc.sql("select bool_or(activated_at is not null) from invitation where contact_id = ?")
        .param(contactId)
        .query(Boolean.class)
        .single();
  }

  private void advance(Duration duration) {
    clock.advance(duration);
    engine.increaseTime(duration);
  }

  private State stateOf(Agency agency, UUID contactId) {
    Fixtures.signIn(agency.staff());
    return invitations.access(agency.client1()).stream()
        .filter(c -> c.contactId().equals(contactId))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private UUID contactId(String email) {
    return jdbc.sql("select id from account where lower(email) = lower(?)")
        .param(email)
        .query(UUID.class)
        .single();
  }

  private static java.util.function.Function<dev.portico.shared.audit.AuditTrail.Entry, String>
      AuditTrail_action() {
    return dev.portico.shared.audit.AuditTrail.Entry::action;
  }

  private static MimeMessage[] received(String to) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(to);
              } catch (Exception e) {
                return false;
              }
            })
        .toArray(MimeMessage[]::new);
  }

  private static MimeMessage mailTo(String to, String subjectStart) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Arrays.stream(received(to))
                    .filter(
                        m -> {
                          try {
                            return m.getSubject().startsWith(subjectStart);
                          } catch (Exception e) {
                            return false;
                          }
                        })
                    .reduce((a, b) -> b)
                    .orElse(null),
            m -> m != null);
  }

  private static String token(MimeMessage mail) {
    Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
    assertThat(m.find()).as("link in mail").isTrue();
    return m.group(1);
  }
}
