package dev.portico.dockerit;

import static dev.portico.processes.DeliverableReviewProcess.MSG_DELIVERABLE_DECIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A client approves while the Camunda cluster is down: the approval is kept in the database, the
 * message to the engine waits in the engine-command outbox, and once the cluster is back the relay
 * delivers it and the review flow finishes (the deliverable's milestone completes, the lead is
 * mailed).
 */
@Testcontainers
class ApprovalAcrossEngineRestartDockerIT {

  private static final int SMTP_PORT = 3041;
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Container static final PostgreSQLContainer postgres = PorticoInstance.postgres();
  @Container static final CamundaCluster camunda = new CamundaCluster();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  private static ConfigurableApplicationContext portico;

  @BeforeAll
  static void startPortico() {
    portico = PorticoInstance.start(postgres, camunda, SMTP_PORT);
  }

  @AfterAll
  static void stopPortico() {
    if (portico != null) {
      portico.close();
    }
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void approvalMadeWhileTheEngineIsDownIsDeliveredOnceTheEngineIsBack() {
    Fixtures fixtures = portico.getBean(Fixtures.class);
    DeliverableLibrary library = portico.getBean(DeliverableLibrary.class);
    DeliverableReview review = portico.getBean(DeliverableReview.class);
    JdbcClient jdbc = portico.getBean(JdbcClient.class);
    EngineCommands commands = new EngineCommands(jdbc);
    Mails mails = new Mails(smtp);

    Agency a = fixtures.agency("R");
    Fixtures.signIn(a.staff());
    UUID id =
        library.create(
            a.project1(), new DeliverableForm("Landing page", null, a.milestone1(), null));
    UUID v1 = library.upload(id, "landing.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    // The review mail is a job of the flow: the instance runs in the cluster.
    mails.await(
        a.clientOf1().email(), "Landing page is ready for your review", Duration.ofSeconds(60));

    camunda.stopEngine();
    Fixtures.signIn(a.clientOf1());
    review.approve(id, v1);

    assertThat(status(jdbc, id)).as("the approval is kept").isEqualTo("APPROVED");
    assertThat(commands.waiting(MSG_DELIVERABLE_DECIDED, id))
        .as("the decision waits in the outbox")
        .isEqualTo(1);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> commands.attempts(MSG_DELIVERABLE_DECIDED, id) >= 1);
    assertThat(commands.waiting(MSG_DELIVERABLE_DECIDED, id))
        .as("a refused attempt leaves the command waiting")
        .isEqualTo(1);
    assertThat(milestoneDone(jdbc, a.milestone1()))
        .as("the flow cannot go on without the engine")
        .isFalse();

    camunda.startEngine();

    await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> commands.sent(MSG_DELIVERABLE_DECIDED, id) == 1);
    assertThat(commands.waiting(MSG_DELIVERABLE_DECIDED, id)).isZero();
    mails.await(a.staff().email(), "Approved: Landing page", Duration.ofSeconds(60));
    await().atMost(Duration.ofSeconds(30)).until(() -> milestoneDone(jdbc, a.milestone1()));
    assertThat(mails.count(a.staff().email(), "Approved: Landing page"))
        .as("the lead is told once")
        .isEqualTo(1);
  }

  private static String status(JdbcClient jdbc, UUID deliverableId) {
    return jdbc.sql("select status from deliverable where id = ?")
        .param(deliverableId)
        .query(String.class)
        .single();
  }

  private static boolean milestoneDone(JdbcClient jdbc, UUID milestoneId) {
    return jdbc.sql("select done from milestone where id = ?")
        .param(milestoneId)
        .query(Boolean.class)
        .single();
  }
}
