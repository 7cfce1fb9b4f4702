package dev.portico.notification;

import static dev.portico.testsupport.SmtpMails.awaitMail;
import static dev.portico.testsupport.SmtpMails.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.TaskForm;
import dev.portico.project.TaskStatus;
import dev.portico.project.TaskWork;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.SmtpMails;
import dev.portico.testsupport.TestSupportConfig;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client digest against the real database, the real outbox and SMTP (GreenMail): completed
 * client-visible work is collected per company and mailed once per contact, in the agency's name.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3033",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext
class ClientDigestIT {

  private static final String SUBJECT = "Updates on your projects at ";

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3033, "127.0.0.1", "smtp"));

  @Autowired Fixtures fixtures;
  @Autowired ProjectPlanning planning;
  @Autowired TaskWork work;
  @Autowired WorkspaceSettings settings;
  @Autowired ClientDigests digests;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
    clock.reset();
  }

  @Test
  void aDayOfCompletedWorkReachesEachContactOfTheCompanyAsOneDigest() throws Exception {
    Agency a = fixtures.agency("D");
    Agency other = fixtures.agency("O");
    String colleague = activeContact(a, a.client1(), "Cora Colleague");
    String agency = agencyName(a);
    Fixtures.signIn(a.staff());
    for (int i = 1; i <= 5; i++) {
      UUID task =
          planning.addTask(a.project1(), new TaskForm("Visible step " + i, null, null, null, true));
      if (i % 2 == 0) {
        planning.moveTask(task, TaskStatus.DONE); // the project board
      } else {
        work.complete(task, null); // the task page
      }
      clock.advance(Duration.ofHours(1));
    }
    work.complete(a.internalTask1(), null);
    planning.setMilestoneDone(a.milestone1(), true);
    UUID otherCompanyTask =
        planning.addTask(a.project2(), new TaskForm("Step of company two", null, null, null, true));
    work.complete(otherCompanyTask, null);
    Fixtures.signIn(other.staff());
    work.complete(other.visibleTask1(), null);
    Fixtures.signOut();

    assertThat(digests.sendDueDigests(clock.instant()))
        .as("contact 1 and the colleague of company 1, contact 2 of company 2, agency O's contact")
        .isEqualTo(4);

    MimeMessage toContact = awaitMail(smtp, a.clientOf1().email(), SUBJECT + agency);
    MimeMessage toColleague = awaitMail(smtp, colleague, SUBJECT + agency);
    for (MimeMessage mail : new MimeMessage[] {toContact, toColleague}) {
      String text = SmtpMails.text(mail);
      for (int i = 1; i <= 5; i++) {
        assertThat(text).contains("Project D1 — Done: Visible step " + i);
      }
      assertThat(text).contains("Project D1 — Milestone reached: Milestone D1");
      assertThat(text).doesNotContain("Internal task D", "Step of company two", "Visible task O");
      assertThat(SmtpMails.html(mail)).contains("Visible step 5", "Milestone D1", "/portal");
    }
    assertThat(SmtpMails.text(toContact)).startsWith("Hello Contact D1,");
    MimeMessage toSecondCompany = awaitMail(smtp, a.clientOf2().email(), SUBJECT + agency);
    assertThat(SmtpMails.text(toSecondCompany))
        .contains("Project D2 — Done: Step of company two")
        .doesNotContain("Visible step", "Milestone D1");
    assertThat(SmtpMails.text(awaitMail(smtp, other.clientOf1().email(), SUBJECT)))
        .contains("Project O1 — Done: Visible task O")
        .doesNotContain("Visible step");

    assertThat(digests.sendDueDigests(clock.instant())).as("a second run").isZero();
    awaitOutboxDrained();
    assertThat(count(smtp, a.clientOf1().email(), SUBJECT)).isEqualTo(1);
    assertThat(count(smtp, colleague, SUBJECT)).isEqualTo(1);
  }

  @Test
  void workDoneAfterTheDigestWaitsForTheNextOne() throws Exception {
    Agency a = fixtures.agency("N");
    Fixtures.signIn(a.staff());
    work.complete(a.visibleTask1(), null);
    assertThat(digests.sendDueDigests(clock.instant())).isEqualTo(1);
    UUID later = planning.addTask(a.project1(), new TaskForm("Later step", null, null, null, true));
    work.complete(later, null);

    clock.advance(Duration.ofDays(1));
    assertThat(digests.sendDueDigests(clock.instant())).isEqualTo(1);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count(smtp, a.clientOf1().email(), SUBJECT) == 2);
    StringBuilder texts = new StringBuilder();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (SmtpMails.sentTo(m, a.clientOf1().email(), SUBJECT)) {
        texts.append(SmtpMails.text(m));
      }
    }
    assertThat(texts.toString()).containsOnlyOnce("Visible task N").containsOnlyOnce("Later step");
  }

  @Test
  void aWorkspaceThatSwitchedClientNotificationsOffCollectsAndSendsNothing() {
    Agency a = fixtures.agency("X");
    Fixtures.signIn(a.owner());
    settings.switchClientNotifications(false);
    assertThat(settings.clientNotificationsEnabled()).isFalse();
    Fixtures.signIn(a.staff());
    work.complete(a.visibleTask1(), null);
    planning.setMilestoneDone(a.milestone1(), true);

    assertThat(
            jdbc.sql("select count(*) from client_notification where workspace_id = ?")
                .param(a.workspaceId())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(digests.sendDueDigests(clock.instant())).isZero();
    awaitOutboxDrained();
    assertThat(count(smtp, a.clientOf1().email(), SUBJECT)).isZero();

    Fixtures.signIn(a.owner());
    settings.switchClientNotifications(true);
    Fixtures.signIn(a.staff());
    planning.moveTask(a.internalTask1(), TaskStatus.DONE);
    assertThat(digests.sendDueDigests(clock.instant()))
        .as("an internal task is no news for the client")
        .isZero();
  }

  @Test
  void contactsOfAFormerClientGetNoDigest() {
    Agency a = fixtures.agency("F");
    Fixtures.signIn(a.staff());
    work.complete(a.visibleTask1(), null);
    jdbc.sql("update client set status = 'FORMER' where id = ?").param(a.client1()).update();

    assertThat(digests.sendDueDigests(clock.instant())).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from client_notification where client_id = ? and sent_at is null")
                .param(a.client1())
                .query(Long.class)
                .single())
        .as("the news is not kept for later")
        .isZero();
  }

  private String activeContact(Agency a, UUID clientId, String name) {
    String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@client.test";
    tx.executeWithoutResult(
        s -> {
          Account contact =
              Account.contact(a.workspaceId(), clientId, email, name, clock.instant());
          contact.activatePortalAccess(null);
          accounts.save(contact);
        });
    return email;
  }

  private String agencyName(Agency a) {
    return jdbc.sql("select name from workspace where id = ?")
        .param(a.workspaceId())
        .query(String.class)
        .single();
  }

  private void awaitOutboxDrained() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("select count(*) from outbox_mail where sent_at is null")
                        .query(Long.class)
                        .single()
                    == 0);
  }
}
