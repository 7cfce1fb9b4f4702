package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.feedback.ClientFeedback;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.InviteForm;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.TcpProxy;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/**
 * The engine as in production: a separate engine (here the embedded test engine, outside Portico)
 * reached over the network through a proxy the test cuts. Portico runs in remote-engine mode with
 * resume-on-start off, so nothing but the engine outbox can carry a change to the engine.
 */
class EngineOutageIT {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/login/ott\\?token=([A-Za-z0-9_-]+)");

  private static ZeebeTestEngine cluster;
  private static TcpProxy network;
  private static GreenMail smtp;
  private Path dataDir;
  private ConfigurableApplicationContext portico;

  @BeforeAll
  static void startEngineAndMail() throws IOException {
    int enginePort = freePort();
    cluster = EngineFactory.create(enginePort);
    cluster.start();
    network = new TcpProxy(enginePort).up();
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    smtp.start();
  }

  @BeforeEach
  void newDataDir() throws IOException {
    dataDir = Files.createTempDirectory("portico-outage"); // one database per test
  }

  @AfterAll
  static void stopAll() {
    network.close();
    smtp.stop();
    cluster.stop();
  }

  @AfterEach
  void stopPortico() {
    Fixtures.signOut();
    network.up();
    if (portico != null) {
      portico.close();
    }
  }

  @Test
  void changesMadeWhileTheEngineIsUnreachableContinueOnceItIsBackWithOneMailEach() {
    portico = startPortico();
    Prepared p = prepare("Outage");

    network.down();
    actWhileAway(p);
    assertHeldInTheDatabase(p);
    bean(MutableClock.class).advance(Duration.ofSeconds(3)); // longer than degraded-after
    assertThat(bean(HealthIndicator.class, "engineOutboxHealthIndicator").health().getStatus())
        .isEqualTo(new Status("DEGRADED"));

    network.up();
    assertFlowsContinued(p);
    assertThat(bean(HealthIndicator.class, "engineOutboxHealthIndicator").health().getStatus())
        .isEqualTo(Status.UP);
  }

  @Test
  void commandsWaitingWhenPorticoRestartsAreDeliveredByTheNextStartWithoutResume() {
    portico = startPortico();
    Prepared p = prepare("Restart");

    network.down();
    actWhileAway(p);
    assertHeldInTheDatabase(p);
    portico.close();

    network.up();
    portico = startPortico();
    assertFlowsContinued(p);
  }

  /** A deliverable in review, an invitation waiting for acceptance, all mails out. */
  private Prepared prepare(String label) {
    Fixtures fixtures = bean(Fixtures.class);
    Agency a = fixtures.agency(label);
    Fixtures.signIn(a.staff());
    DeliverableLibrary library = bean(DeliverableLibrary.class);
    String title = "Poster " + UUID.randomUUID().toString().substring(0, 6);
    UUID deliverable =
        library.create(a.project1(), new DeliverableForm(title, null, a.milestone1(), null));
    UUID version = library.upload(deliverable, "poster.png", new ByteArrayInputStream(PNG));
    library.markReady(deliverable);
    String invitee = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    bean(ClientInvitations.class).invite(a.client1(), new InviteForm(invitee, "Nina New", null));
    Fixtures.signOut();
    awaitMails(a.clientOf1().email(), title + " is ready for your review", 1);
    String token = token(awaitMails(invitee, "Your project portal", 1)[0]);
    return new Prepared(a, deliverable, version, title, invitee, token);
  }

  private void actWhileAway(Prepared p) {
    Fixtures.signIn(p.agency().clientOf1());
    bean(DeliverableReview.class).approve(p.deliverable(), p.version());
    bean(ClientFeedback.class)
        .send(p.agency().project1(), "Can we move the launch to Friday?", null);
    Fixtures.signOut();
    assertThat(
            bean(HashedOneTimeTokenService.class)
                .consume(new OneTimeTokenAuthenticationToken(p.token())))
        .as("the invitation link signs in while the engine is away")
        .isNotNull();
  }

  private void assertHeldInTheDatabase(Prepared p) {
    JdbcClient jdbc = bean(JdbcClient.class);
    assertThat(
            jdbc.sql("select status from deliverable where id = ?")
                .param(p.deliverable())
                .query(String.class)
                .single())
        .isEqualTo("APPROVED");
    assertThat(
            jdbc.sql(
                    "select i.status from invitation i join account c on c.id = i.contact_id"
                        + " where c.email = ?")
                .param(p.invitee())
                .query(String.class)
                .single())
        .isEqualTo("ACCEPTED");
    assertThat(
            jdbc.sql(
                    "select kind || ':' || coalesce(message_name, process_id) from engine_command"
                        + " where workspace_id = ? and sent_at is null")
                .param(p.agency().workspaceId())
                .query(String.class)
                .list())
        .as("the outbox holds the engine commands")
        .containsExactlyInAnyOrder(
            "PUBLISH_MESSAGE:deliverable-decided",
            "CREATE_INSTANCE:feedback-routing",
            "PUBLISH_MESSAGE:invitation-accepted");
    assertThat(received(p.agency().staff().email(), "Approved: " + p.title())).isEmpty();
  }

  private void assertFlowsContinued(Prepared p) {
    JdbcClient jdbc = bean(JdbcClient.class);
    awaitMails(p.agency().staff().email(), "Approved: " + p.title(), 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                        "select i.activated_at is not null from invitation i"
                            + " join account c on c.id = i.contact_id where c.email = ?")
                    .param(p.invitee())
                    .query(Boolean.class)
                    .single());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from feedback where project_id = ? and task_id is not null")
                        .param(p.agency().project1())
                        .query(Integer.class)
                        .single()
                    == 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("select done from milestone where id = ?")
                    .param(p.agency().milestone1())
                    .query(Boolean.class)
                    .single());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from engine_command where workspace_id = ?"
                                + " and sent_at is null")
                        .param(p.agency().workspaceId())
                        .query(Integer.class)
                        .single()
                    == 0);
    // Exactly one of each mail, also after the relay had time to send anything twice.
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertThat(received(p.agency().staff().email(), "Approved: " + p.title())).hasSize(1);
    assertThat(received(p.invitee(), "Your project portal")).hasSize(1);
    assertThat(received(p.agency().clientOf1().email(), p.title() + " is ready")).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from task where project_id = ? and kind = 'FEEDBACK'")
                .param(p.agency().project1())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private record Prepared(
      Agency agency, UUID deliverable, UUID version, String title, String invitee, String token) {}

  private ConfigurableApplicationContext startPortico() {
    String engine = "http://127.0.0.1:" + network.port();
    // Command-line arguments: they override application.yml and the test profile.
    return new SpringApplicationBuilder(PorticoCoreTestApplication.class, TestSupportConfig.class)
        .profiles("test")
        .run(
            "--portico.data-dir=" + dataDir,
            // a new folder per test; kept on close, so the next start finds the data
            "--portico.database.clean-on-start=false",
            "--portico.engine.mode=remote",
            "--portico.engine.resume-on-start=false",
            "--portico.engine.outbox.degraded-after=PT2S",
            "--camunda.client.grpc-address=" + engine,
            "--camunda.client.rest-address=" + engine,
            "--portico.mail.mode=smtp",
            "--portico.mail.outbox-interval=PT0.2S",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort());
  }

  private <T> T bean(Class<T> type) {
    return portico.getBean(type);
  }

  private <T> T bean(Class<T> type, String name) {
    return portico.getBean(name, type);
  }

  private static MimeMessage[] awaitMails(String to, String subject, int count) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> received(to, subject), found -> found.length >= count);
  }

  private static MimeMessage[] received(String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
                    && m.getSubject().startsWith(subjectStart);
              } catch (Exception e) {
                return false;
              }
            })
        .toArray(MimeMessage[]::new);
  }

  private static String token(MimeMessage mail) {
    Matcher m = LINK.matcher(GreenMailUtil.getBody(mail));
    assertThat(m.find()).as("sign-in link in the mail").isTrue();
    return m.group(1);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
