package dev.portico.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.feedback.ClientFeedback.FeedbackUpload;
import dev.portico.feedback.ClientFeedback.MyFeedback;
import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.CommentKind;
import dev.portico.project.SlaState;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.InboxItem;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.engine.EngineStartup;
import dev.portico.shared.engine.FlowRegistry;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.SmtpMails;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Feedback from the portal to the team's inbox and back, end to end: real PostgreSQL, the embedded
 * engine (its clock moved past the answer time), the real workers, mails over SMTP (GreenMail).
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3031",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext // moves the engine's clock; the last test replaces the engine
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackInboxIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3031, "127.0.0.1", "smtp"));

  private static ZeebeTestEngine replacement;
  private static Duration shifted = Duration.ZERO;

  @AfterAll
  static void stopReplacement() {
    if (replacement != null) {
      replacement.stop();
    }
  }

  @Autowired Fixtures fixtures;
  @Autowired ClientFeedback clientFeedback;
  @Autowired FeedbackRouting routing;
  @Autowired FeedbackFiles feedbackFiles;
  @Autowired Feedbacks feedbacks;
  @Autowired TaskWork work;
  @Autowired FlowRegistry flows;
  @Autowired ZeebeTestEngine engine;
  @Autowired EngineStartup engineStartup;
  @Autowired Environment environment;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  @Order(1)
  void feedbackReachesTheLeadsInboxAndOnlyTheAnswerReachesTheClient() throws Exception {
    Agency a = fixtures.agency("F");
    String message =
        "The logo looks blurry on mobile.\nAlso: could the footer link to our shop? It is a long"
            + " message that must not be cut off anywhere in the inbox.";
    UUID feedbackId =
        as(
            a.clientOf1(),
            () ->
                clientFeedback.send(
                    a.project1(), message, List.of(upload("screenshot.png", SampleBytes.png()))));

    InboxItem item = awaitInboxItem(a.staff(), feedbackId);
    assertThat(item.kind()).isEqualTo(TaskKind.FEEDBACK);
    assertThat(item.message()).as("the full message").isEqualTo(message);
    assertThat(item.title()).isEqualTo("Feedback from Contact F1");
    assertThat(item.projectName()).isEqualTo("Project F1");
    assertThat(item.clientName()).isEqualTo("Client F1");
    assertThat(item.sla()).isEqualTo(SlaState.ON_TIME);
    MimeMessage told = awaitMail(a.staff().email(), "Client feedback from Contact F1");
    assertThat(text(told)).contains(message, "/staff/tasks/" + item.taskId());
    assertThat(as(a.staff(), () -> feedbackFiles.ofInboxItem(item.taskId())))
        .singleElement()
        .satisfies(f -> assertThat(f.contentType()).isEqualTo("image/png"));

    MyFeedback before = mine(a.clientOf1(), feedbackId);
    assertThat(before.state()).isEqualTo(FeedbackState.RECEIVED);
    assertThat(before.answers()).isEmpty();
    assertThat(before.attachments())
        .extracting(ClientFeedback.AttachedFile::fileName)
        .containsExactly("screenshot.png");

    run(
        a.staff(),
        () -> work.comment(item.taskId(), CommentKind.NOTE, "NOTE-MARKER: they mean the SVG"));
    assertThat(mine(a.clientOf1(), feedbackId).state()).isEqualTo(FeedbackState.IN_PROGRESS);
    assertThatThrownBy(() -> run(a.staff(), () -> work.complete(item.taskId(), null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Answer the client before marking their feedback handled.");

    run(a.staff(), () -> work.complete(item.taskId(), "Fixed: the logo is now sharp on phones."));

    MyFeedback after = mine(a.clientOf1(), feedbackId);
    assertThat(after.state()).isEqualTo(FeedbackState.ANSWERED);
    assertThat(after.answers())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.body()).isEqualTo("Fixed: the logo is now sharp on phones.");
              assertThat(r.authorName()).isEqualTo("Staff F");
              assertThat(r.fromAgency()).isTrue();
            });
    MimeMessage answer = awaitMail(a.clientOf1().email(), "Your feedback was answered");
    assertThat(text(answer))
        .contains("Fixed: the logo is now sharp on phones.", "/portal/feedback")
        .doesNotContain("NOTE-MARKER");
    assertThat(html(answer)).doesNotContain("NOTE-MARKER");
    await().atMost(WAIT).until(() -> !flows.runs(FeedbackRoutingProcess.ID, feedbackId.toString()));

    // A retried job sends nothing twice.
    routing.notifyAssignee(feedbackId);
    routing.mailAnswer(feedbackId);
    Thread.sleep(1000); // the mail outbox polls every 0.2 s
    assertThat(mails(a.staff().email(), "Client feedback from Contact F1")).isEqualTo(1);
    assertThat(mails(a.clientOf1().email(), "Your feedback was answered")).isEqualTo(1);
    assertThat(as(a.staff(), () -> work.inbox()))
        .extracting(InboxItem::taskId)
        .doesNotContain(item.taskId());
  }

  @Test
  @Order(2)
  void generalFeedbackGoesToTheWorkspaceOwner() {
    Agency a = fixtures.agency("O");

    UUID general = as(a.clientOf1(), () -> clientFeedback.send(null, "A general question", null));

    InboxItem generalItem = awaitInboxItem(a.owner(), general);
    assertThat(generalItem.projectName()).isNull();
    assertThat(generalItem.clientName()).isEqualTo("Client O1");
    awaitMail(a.owner().email(), "Client feedback from Contact O1");
    assertThat(mine(a.clientOf1(), general).projectName()).isNull();
  }

  @Test
  @Order(3)
  void reassigningMovesTheItemToAnotherInboxAndIsRecorded() {
    Agency a = fixtures.agency("R");
    UUID feedbackId =
        as(a.clientOf1(), () -> clientFeedback.send(a.project1(), "Who handles this?", null));
    InboxItem item = awaitInboxItem(a.staff(), feedbackId);

    run(a.staff(), () -> work.reassign(item.taskId(), a.owner().accountId()));

    assertThat(as(a.staff(), () -> work.inbox()))
        .extracting(InboxItem::taskId)
        .doesNotContain(item.taskId());
    assertThat(as(a.owner(), () -> work.inbox()))
        .extracting(InboxItem::taskId)
        .contains(item.taskId());
    assertThat(as(a.owner(), () -> work.task(item.taskId())).history())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("Reassigned");
              assertThat(e.detail()).isEqualTo("From Staff R to Owner R");
              assertThat(e.actorName()).isEqualTo("Staff R");
            });
    awaitMail(a.owner().email(), "Assigned to you: Feedback from Contact R1");

    run(a.owner(), () -> work.complete(item.taskId(), "Owner here: done."));
    awaitMail(a.clientOf1().email(), "Your feedback was answered");
  }

  @Test
  @Order(4)
  void withoutAnswerByTheAnswerTimeTheOwnerIsToldAndTheFeedbackStaysOpen() {
    Agency a = fixtures.agency("S");
    UUID feedbackId =
        as(a.clientOf1(), () -> clientFeedback.send(a.project1(), "Hello? Anyone?", null));
    InboxItem item = awaitInboxItem(a.staff(), feedbackId);
    assertThat(item.respondBy()).isAfter(clock.instant());

    advanceTo(item.respondBy());

    awaitMail(a.owner().email(), "Feedback waits for an answer: Contact S1 (Client S1)");
    InboxItem escalation =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    as(a.owner(), () -> work.inbox()).stream()
                        .filter(i -> i.kind() == TaskKind.ESCALATION)
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    assertThat(escalation.message()).contains("Hello? Anyone?", "/staff/tasks/" + item.taskId());
    InboxItem stillOpen = awaitInboxItem(a.staff(), feedbackId);
    assertThat(stillOpen.sla()).isEqualTo(SlaState.OVERDUE);
    assertThat(stillOpen.escalated()).isTrue();
    assertThat(mine(a.clientOf1(), feedbackId).state()).isEqualTo(FeedbackState.RECEIVED);

    run(a.staff(), () -> work.complete(item.taskId(), "Sorry for the wait!"));
    awaitMail(a.clientOf1().email(), "Your feedback was answered");
    assertThat(as(a.owner(), () -> work.inbox()))
        .as("the escalation closes with the feedback")
        .extracting(InboxItem::taskId)
        .doesNotContain(escalation.taskId());
  }

  @Test
  @Order(5)
  void onStarterTheFeedbackTabIsRefusedByTheServer() {
    Agency a = fixtures.agency("T");
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?").param(a.workspaceId()).update();

    assertThat(as(a.clientOf1(), () -> clientFeedback.available())).isFalse();
    assertThatThrownBy(() -> as(a.clientOf1(), () -> clientFeedback.send(a.project1(), "Hi", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(a.clientOf1(), () -> clientFeedback.mine()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @Order(6)
  void aRefusedFileKeepsNothingAndFilesStayWithTheirCompany() {
    Agency a = fixtures.agency("U");
    long before = feedbacks.count();

    assertThatThrownBy(
            () ->
                as(
                    a.clientOf1(),
                    () ->
                        clientFeedback.send(
                            a.project1(),
                            "With an empty file",
                            List.of(upload("empty.txt", new byte[0])))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("empty.txt is empty");
    assertThat(feedbacks.count()).isEqualTo(before);

    UUID id =
        as(
            a.clientOf1(),
            () ->
                clientFeedback.send(
                    a.project1(), "With a file", List.of(upload("notes.pdf", SampleBytes.pdf()))));
    UUID fileId = mine(a.clientOf1(), id).attachments().getFirst().id();
    assertThat(as(a.clientOf1(), () -> feedbackFiles.open(fileId)).fileName())
        .isEqualTo("notes.pdf");
    assertThat(as(a.staff(), () -> feedbackFiles.open(fileId)).inline()).isFalse();
    assertThatThrownBy(() -> as(a.clientOf2(), () -> feedbackFiles.open(fileId)))
        .isInstanceOf(NotFoundException.class);
    Agency other = fixtures.agency("V");
    assertThatThrownBy(() -> as(other.staff(), () -> feedbackFiles.open(fileId)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @Order(7)
  void afterTheEngineLostItsStateAnOpenFeedbackResumesAtItsWaitAndKeepsItsAnswerTime()
      throws Exception {
    Agency a = fixtures.agency("W");
    UUID feedbackId =
        as(a.clientOf1(), () -> clientFeedback.send(a.project1(), "Still there after?", null));
    InboxItem item = awaitInboxItem(a.staff(), feedbackId);
    awaitMail(a.staff().email(), "Client feedback from Contact W1");
    await()
        .atMost(WAIT)
        .until(() -> feedbacks.findById(feedbackId).orElseThrow().getAssigneeNotifiedAt() != null);

    engine.stop();
    int port = environment.getRequiredProperty("portico.engine.embedded-port", Integer.class);
    replacement = EngineFactory.create(port);
    replacement.start();
    replacement.increaseTime(shifted);
    engineStartup.deployAndResume();

    assertThat(starts(feedbackId))
        .as("started once, then resumed once at the wait")
        .containsExactlyInAnyOrder("(start)", FeedbackRoutingProcess.WAIT_FOR_HANDLING);
    await().atMost(WAIT).until(() -> flows.runs(FeedbackRoutingProcess.ID, feedbackId.toString()));

    advanceTo(item.respondBy(), replacement);
    awaitMail(a.owner().email(), "Feedback waits for an answer: Contact W1");
    assertThat(mails(a.staff().email(), "Client feedback from Contact W1"))
        .as("the assignee is not told again on resume")
        .isEqualTo(1);

    run(a.staff(), () -> work.complete(item.taskId(), "Yes, still here."));
    awaitMail(a.clientOf1().email(), "Your feedback was answered");
  }

  // --- helpers ---

  private InboxItem awaitInboxItem(SessionUser staff, UUID feedbackId) {
    return await()
        .atMost(WAIT)
        .until(
            () -> {
              UUID taskId = feedbacks.findById(feedbackId).orElseThrow().getTaskId();
              return taskId == null
                  ? Optional.<InboxItem>empty()
                  : as(staff, () -> work.inbox()).stream()
                      .filter(i -> i.taskId().equals(taskId))
                      .findFirst();
            },
            Optional::isPresent)
        .orElseThrow();
  }

  private MyFeedback mine(SessionUser client, UUID feedbackId) {
    return as(client, () -> clientFeedback.mine()).stream()
        .filter(f -> f.id().equals(feedbackId))
        .findFirst()
        .orElseThrow();
  }

  private static FeedbackUpload upload(String name, byte[] bytes) {
    return new FeedbackUpload(name, new ByteArrayInputStream(bytes));
  }

  private static <T> T as(SessionUser user, java.util.function.Supplier<T> action) {
    Fixtures.signIn(user);
    try {
      return action.get();
    } finally {
      Fixtures.signOut();
    }
  }

  private static void run(SessionUser user, Runnable action) {
    as(
        user,
        () -> {
          action.run();
          return null;
        });
  }

  private void advanceTo(Instant moment) {
    advanceTo(moment, engine);
  }

  /** Moves the engine's clock and the domain clock a minute past {@code moment}. */
  private void advanceTo(Instant moment, ZeebeTestEngine on) {
    Duration by = Duration.between(Instant.now().plus(shifted), moment).plusMinutes(1);
    if (by.isNegative()) {
      return;
    }
    on.increaseTime(by);
    clock.advance(by);
    shifted = shifted.plus(by);
  }

  /** Where each instance of the flow was started (the domain clock is frozen: no order). */
  private List<String> starts(UUID feedbackId) {
    return jdbc.sql(
            "select coalesce(start_before, '(start)') from engine_command"
                + " where kind = 'CREATE_INSTANCE' and business_key = ?")
        .param(feedbackId.toString())
        .query(String.class)
        .list();
  }

  private static MimeMessage awaitMail(String to, String subjectStart) {
    return SmtpMails.awaitMail(smtp, to, subjectStart);
  }

  private static long mails(String to, String subjectStart) {
    return SmtpMails.count(smtp, to, subjectStart);
  }

  private static String text(MimeMessage m) throws Exception {
    return SmtpMails.text(m);
  }

  private static String html(MimeMessage m) throws Exception {
    return SmtpMails.html(m);
  }

  /** Small real files. */
  static final class SampleBytes {
    static byte[] png() {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
      var out = new java.io.ByteArrayOutputStream();
      try {
        javax.imageio.ImageIO.write(image, "png", out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    static byte[] pdf() {
      return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);
    }
  }
}
