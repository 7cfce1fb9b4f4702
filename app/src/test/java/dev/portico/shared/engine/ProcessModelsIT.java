package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.portico.PorticoCoreTestApplication;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.testsupport.EditedModels;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.StreamSupport;
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
 * An owner changes the deliverable review without a rebuild (decision 024): the edited model is
 * validated, deployed and kept; new reviews run on it, reviews already running stay on theirs; the
 * owner rolls back; a restarted engine gets the owner's model again.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = {
      "portico.mail.mode=smtp",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3035",
      "portico.mail.outbox-interval=PT0.2S"
    })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@DirtiesContext // moves the engine's clock and replaces the engine
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessModelsIT {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  /** The engine that replaced the context's own in the restart test (which runs last). */
  private static ZeebeTestEngine replacement;

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3035, "127.0.0.1", "smtp"));

  @Autowired Fixtures fixtures;
  @Autowired DeliverableLibrary library;
  @Autowired ProcessModels models;
  @Autowired ProcessDeployer deployer;
  @Autowired EngineStartup engineStartup;
  @Autowired ZeebeTestEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @AfterAll
  static void stopReplacement() {
    if (replacement != null) {
      replacement.stop();
    }
  }

  @Test
  @Order(1)
  void anEditedReviewModelRunsNewReviewsWhileStartedOnesKeepTheirVersion() {
    Agency a = fixtures.agency("R");
    jdbc.sql("update workspace set review_reminder_interval = 'P1D' where id = ?")
        .param(a.workspaceId())
        .update();
    UUID oldLogo = markReady(a, "Old logo");
    awaitMail(a.clientOf1().email(), "Old logo is ready for your review");
    int bundledVersion = current().version();

    Fixtures.signIn(a.owner());
    byte[] edited =
        EditedModels.slowerRemindersThatAlsoTellTheOwner().getBytes(StandardCharsets.UTF_8);
    ProcessModels.Outcome outcome = models.upload("deliverable-review.bpmn", edited);
    assertThat(outcome.problems()).noneMatch(ModelProblem::blocking);
    assertThat(outcome.deployed()).isTrue();
    assertThat(outcome.unchanged()).isFalse();
    assertThat(outcome.version()).isEqualTo(bundledVersion + 1);
    assertThat(current().bundled()).isFalse();
    var review = overview();
    assertThat(review.currentVersion()).isEqualTo(bundledVersion + 1);
    assertThat(review.versions().getFirst())
        .satisfies(
            v -> {
              assertThat(v.bundled()).isFalse();
              assertThat(v.current()).isTrue();
              assertThat(v.uploadedBy()).isEqualTo(a.owner().name());
              assertThat(v.fileName()).isEqualTo("deliverable-review.bpmn");
            });
    assertThat(review.waiting())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.name()).isEqualTo("Wait for client decision");
              assertThat(w.flows()).isEqualTo(1);
            });
    assertThat(
            jdbc.sql("select count(*) from audit_event where action = 'Process model deployed'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    UUID newLogo = markReady(a, "New logo");
    awaitMail(a.clientOf1().email(), "New logo is ready for your review");

    engine.increaseTime(Duration.ofDays(1).plusMinutes(5));
    awaitMail(a.clientOf1().email(), "Reminder: Old logo");
    stillNone(a.clientOf1().email(), "Reminder: New logo"); // twice the interval: not yet

    engine.increaseTime(Duration.ofDays(1));
    awaitMail(a.clientOf1().email(), "Reminder: New logo");
    // The step added from the element template: the owner hears of the new review's reminder.
    awaitMail(a.owner().email(), "Client reminded about deliverable " + newLogo);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> received(a.clientOf1().email(), "Reminder: Old logo") == 2);
    stillNone(a.owner().email(), "Client reminded about deliverable " + oldLogo); // old version
  }

  @Test
  @Order(2)
  void refusedUploadsNameTheElementAndChangeNothing() {
    Agency a = fixtures.agency("S");
    Fixtures.signIn(a.owner());
    int before = current().version();
    String bundled = EditedModels.bundled(DeliverableReviewProcess.ID);
    ProcessModels.Outcome outcome =
        models.upload(
            "review.bpmn",
            EditedModels.edit(bundled, "type=\"send-review-reminder\"", "type=\"send-nudge\"")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(outcome.deployed()).isFalse();
    assertThat(outcome.problems())
        .filteredOn(ModelProblem::blocking)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.elementId()).isEqualTo("SendReviewReminderTask");
              assertThat(p.elementName()).isEqualTo("Remind client to review");
              assertThat(p.message()).contains("send-nudge");
            });
    ProcessModels.Outcome badExpression =
        models.upload(
            "review.bpmn",
            EditedModels.edit(bundled, "=decision = \"APPROVED\"", "=decision = = \"APPROVED\"")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(badExpression.deployed()).isFalse();
    assertThat(badExpression.problems())
        .filteredOn(ModelProblem::blocking)
        .singleElement()
        .extracting(ModelProblem::message)
        .asString()
        .startsWith("The engine refused the model")
        .contains("ApprovedFlow");
    assertThat(models.upload("empty.bpmn", new byte[0]).problems())
        .singleElement()
        .extracting(ModelProblem::message)
        .isEqualTo("The file is empty.");
    assertThat(current().version()).isEqualTo(before);
    assertThat(overview().versions()).hasSize(2); // the upload of the first test and the bundled

    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> models.upload("x.bpmn", bundled.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> models.overview()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @Order(3)
  void theOwnerRollsBackToAnEarlierModelWhichTheEngineCountsAsANewVersion() {
    Agency a = fixtures.agency("T");
    Fixtures.signIn(a.owner());
    UUID slower = overview().versions().getFirst().id();
    String relabelled =
        EditedModels.edit(
            EditedModels.bundled(DeliverableReviewProcess.ID),
            "name=\"Remind client to review\"",
            "name=\"Nudge client to review\"");
    ProcessModels.Outcome second =
        models.upload("relabelled.bpmn", relabelled.getBytes(StandardCharsets.UTF_8));
    assertThat(second.deployed()).isTrue();

    ProcessModels.Outcome back = models.rollBack(slower);
    assertThat(back.version()).as("new content for the engine").isEqualTo(second.version() + 1);
    assertThat(back.unchanged()).isFalse();
    assertThat(current().uploadedModelId()).isEqualTo(slower);

    ProcessModels.Outcome again = models.rollBack(slower);
    assertThat(again.unchanged()).as("the same content as the latest version").isTrue();
    assertThat(again.version()).isEqualTo(back.version());

    ProcessModels.Outcome same =
        models.upload(
            "copy.bpmn",
            EditedModels.slowerRemindersThatAlsoTellTheOwner().getBytes(StandardCharsets.UTF_8));
    assertThat(same.unchanged()).isTrue();
    assertThat(same.version()).isEqualTo(back.version());
    assertThat(overview().versions())
        .hasSize(3)
        .filteredOn(ProcessModels.ModelVersion::current)
        .hasSize(1);

    ProcessModels.Outcome bundled = models.rollBackToBundled(DeliverableReviewProcess.ID);
    assertThat(bundled.version()).isEqualTo(back.version() + 1);
    assertThat(current().bundled()).isTrue();
    assertThat(activeModels()).isZero();

    // Leave the slower model active for the restart test.
    assertThat(models.rollBack(slower).version()).isEqualTo(back.version() + 2);
    assertThat(activeModels()).isEqualTo(1);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aRestartedEngineGetsTheOwnersModelUnlessItNoLongerFits() {
    UUID active =
        jdbc.sql("select id from process_model where active and process_id = ?")
            .param(DeliverableReviewProcess.ID)
            .query(UUID.class)
            .single();
    // An upload an older Portico accepted, whose job type this one no longer has a worker for.
    Agency a = fixtures.agency("U");
    UUID stale = UUID.randomUUID();
    byte[] unfit =
        EditedModels.edit(
                EditedModels.bundled(FeedbackRoutingProcess.ID),
                "type=\"route-feedback\"",
                "type=\"triage-feedback\"")
            .getBytes(StandardCharsets.UTF_8);
    jdbc.sql(
            "insert into process_model (id, process_id, file_name, content, sha256, uploaded_by,"
                + " uploaded_by_name, uploaded_in_workspace, uploaded_at, active)"
                + " values (?, ?, 'old.bpmn', ?, ?, ?, 'Owner U', ?, now(), true)")
        .params(
            stale,
            FeedbackRoutingProcess.ID,
            unfit,
            ProcessModels.sha256(unfit),
            a.owner().accountId(),
            a.workspaceId())
        .update();

    engine.stop();
    int port = environment.getRequiredProperty("portico.engine.embedded-port", Integer.class);
    replacement = EngineFactory.create(port);
    replacement.start();
    engineStartup.deployAndResume();

    Process latest =
        StreamSupport.stream(replacement.getRecordStreamSource().getRecords().spliterator(), false)
            .filter(r -> r.getValueType() == ValueType.PROCESS)
            .map(Record::getValue)
            .filter(Process.class::isInstance)
            .map(Process.class::cast)
            .filter(p -> p.getBpmnProcessId().equals(DeliverableReviewProcess.ID))
            .max(Comparator.comparingInt(Process::getVersion))
            .orElseThrow();
    assertThat(new String(latest.getResource(), StandardCharsets.UTF_8))
        .isEqualTo(EditedModels.slowerRemindersThatAlsoTellTheOwner());
    assertThat(current().uploadedModelId()).isEqualTo(active);
    assertThat(deployer.current(FeedbackRoutingProcess.ID).orElseThrow().bundled())
        .as("the unfit upload is not deployed")
        .isTrue();
    assertThat(
            jdbc.sql("select startup_problem from process_model where id = ?")
                .param(stale)
                .query(String.class)
                .single())
        .contains("RouteFeedbackTask", "triage-feedback");
    assertThat(current().version()).isEqualTo(latest.getVersion());
    assertThat(
            jdbc.sql("select engine_version from process_model where id = ?")
                .param(active)
                .query(Integer.class)
                .single())
        .isEqualTo(latest.getVersion());
  }

  private ProcessDeployer.Deployed current() {
    return deployer.current(DeliverableReviewProcess.ID).orElseThrow();
  }

  private ProcessModels.ProcessOverview overview() {
    return models.overview().stream()
        .filter(p -> p.processId().equals(DeliverableReviewProcess.ID))
        .findFirst()
        .orElseThrow();
  }

  private int activeModels() {
    return jdbc.sql("select count(*) from process_model where active")
        .query(Integer.class)
        .single();
  }

  private UUID markReady(Agency a, String title) {
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm(title, null, null, null));
    library.upload(id, "logo.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    Fixtures.signOut();
    return id;
  }

  private static long received(String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, to, subjectStart))
        .count();
  }

  /** No such mail arrives for a few seconds (the steps that would send it run in milliseconds). */
  private static void stillNone(String to, String subjectStart) {
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> received(to, subjectStart) == 0);
  }

  private static void awaitMail(String to, String subjectStart) {
    await().atMost(Duration.ofSeconds(20)).until(() -> received(to, subjectStart) > 0);
  }

  private static boolean sentTo(MimeMessage m, String to, String subjectStart) {
    try {
      return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
          && m.getSubject().startsWith(subjectStart);
    } catch (MessagingException e) {
      return false;
    }
  }
}
