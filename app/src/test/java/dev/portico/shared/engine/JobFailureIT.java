package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.PorticoCoreTestApplication;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.deliverable.LockApprovedDeliverableWorker;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.Feedbacks;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Jobs as the engine really hands them out: delivered again after their timeout, failed with
 * retries (at once in tests; the back-off schedule is JobFailuresTest's), ending as an incident an
 * owner sees and retries. The approval lock step has no worker in this context, so the test plays
 * two workers on it.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties =
        "camunda.client.worker.override."
            + DeliverableReviewProcess.JOB_LOCK_APPROVED
            + ".enabled=false")
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class JobFailureIT {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired Fixtures fixtures;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired LockApprovedDeliverableWorker lockWorker;
  @Autowired ClientFeedback clientFeedback;
  @Autowired Feedbacks feedbacks;
  @Autowired EngineOperations operations;
  @Autowired CamundaClient engine;
  @Autowired DevMailbox mailbox;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void aJobCompletedAfterItsTimeoutAndRedeliveredHasItsSideEffectOnce() {
    Agency a = fixtures.agency("L");
    Fixtures.signIn(a.staff());
    UUID id = library.create(a.project1(), new DeliverableForm("Logo", null, a.milestone1(), null));
    UUID v1 = library.upload(id, "logo.png", new ByteArrayInputStream(PNG));
    library.markReady(id);
    Fixtures.signIn(a.clientOf1());
    review.approve(id, v1);
    Fixtures.signOut();

    // Worker 1 takes the job with a short timeout, does the step, and is too slow to complete.
    ActivatedJob first = activateLockJob(id, Duration.ofSeconds(1));
    lockWorker.handle(id.toString());
    // The engine hands the same job to worker 2 after the timeout; it does the step and completes.
    ActivatedJob second = activateLockJob(id, Duration.ofSeconds(30));
    assertThat(second.getKey()).isEqualTo(first.getKey());
    lockWorker.handle(id.toString());
    engine.newCompleteCommand(second.getKey()).send().join();

    assertThatThrownBy(() -> engine.newCompleteCommand(first.getKey()).send().join())
        .as("the late completion is refused")
        .isInstanceOf(ClientStatusException.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> milestoneDone(a.milestone1()), done -> done);
    await().atMost(Duration.ofSeconds(10)).until(() -> approvalMails(a) > 0);
    assertThat(approvalMails(a)).as("the lead hears of the approval once").isEqualTo(1);
  }

  @Test
  void aFailingStepRetriesBecomesAnIncidentAndContinuesAfterTheOwnerRetries() {
    Agency a = fixtures.agency("F");
    Agency other = fixtures.agency("G");
    // The cause: the task list of this agency refuses writes (e.g. a database in maintenance).
    jdbc.sql(
            "create or replace function portico_test_refuse_task() returns trigger"
                + " language plpgsql as $$ begin raise exception 'task list is read-only';"
                + " end; $$")
        .update();
    jdbc.sql(
            "create trigger portico_test_refuse_task_"
                + a.workspaceId().toString().replace("-", "")
                + " before insert on task for each row when (new.workspace_id = '"
                + a.workspaceId()
                + "') execute function portico_test_refuse_task()")
        .update();
    Fixtures.signIn(a.clientOf1());
    UUID feedbackId = clientFeedback.send(a.project1(), "The footer overlaps on phones.", null);

    Fixtures.signIn(a.owner());
    List<EngineOperations.FlowIncident> incidents =
        await()
            .pollInSameThread() // the owner is signed in on this thread
            .atMost(Duration.ofSeconds(30))
            .until(operations::incidents, list -> !list.isEmpty());
    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.processId()).isEqualTo(FeedbackRoutingProcess.ID);
              assertThat(i.businessKey()).isEqualTo(feedbackId.toString());
              assertThat(i.elementId()).isEqualTo(FeedbackRoutingProcess.ROUTE_FEEDBACK);
              assertThat(i.message()).contains("task list is read-only");
              assertThat(i.jobFailed()).isTrue();
            });
    assertThat(feedbacks.findById(feedbackId).orElseThrow().getTaskId()).isNull();

    Fixtures.signIn(other.owner());
    assertThat(operations.incidents()).as("another agency's owner").isEmpty();
    long key = incidents.getFirst().key();
    assertThatThrownBy(() -> operations.retry(key)).isInstanceOf(NotFoundException.class);

    jdbc.sql(
            "drop trigger portico_test_refuse_task_"
                + a.workspaceId().toString().replace("-", "")
                + " on task")
        .update();
    Fixtures.signIn(a.owner());
    operations.retry(key);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> feedbacks.findById(feedbackId).orElseThrow().getTaskId() != null);
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .until(operations::incidents, List::isEmpty);
  }

  private ActivatedJob activateLockJob(UUID deliverableId, Duration timeout) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                engine
                    .newActivateJobsCommand()
                    .jobType(DeliverableReviewProcess.JOB_LOCK_APPROVED)
                    .maxJobsToActivate(10)
                    .timeout(timeout)
                    .send()
                    .join()
                    .getJobs()
                    .stream()
                    .filter(
                        j ->
                            deliverableId
                                .toString()
                                .equals(
                                    j.getVariablesAsMap()
                                        .get(DeliverableReviewProcess.VAR_DELIVERABLE_ID)))
                    .findFirst()
                    .orElse(null),
            job -> job != null);
  }

  private long approvalMails(Agency a) {
    return mailbox.mailsTo(a.staff().email()).stream()
        .filter(m -> m.mail().subject().equals("Approved: Logo"))
        .count();
  }

  private boolean milestoneDone(UUID milestoneId) {
    return jdbc.sql("select done from milestone where id = ?")
        .param(milestoneId)
        .query(Boolean.class)
        .single();
  }
}
