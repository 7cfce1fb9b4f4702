package dev.portico.processes;

import static dev.portico.processes.FeedbackRoutingProcess.CREATE_FEEDBACK_TASK;
import static dev.portico.processes.FeedbackRoutingProcess.ID;
import static dev.portico.processes.FeedbackRoutingProcess.JOB_CREATE_FEEDBACK_TASK;
import static dev.portico.processes.FeedbackRoutingProcess.RESOURCE;
import static dev.portico.processes.FeedbackRoutingProcess.ROUTED_END_EVENT;
import static dev.portico.processes.FeedbackRoutingProcess.START_EVENT;
import static dev.portico.processes.FeedbackRoutingProcess.VAR_FEEDBACK_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * feedback-routing on the embedded engine, with the {@code create-feedback-task} job completed or
 * failed by the test itself (no Spring, no real worker).
 */
class FeedbackRoutingProcessTest extends ProcessTestBase {

  FeedbackRoutingProcessTest() {
    super(RESOURCE, ID);
  }

  @Test
  void completedTaskJobRoutesTheFeedback() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    String taskId = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(feedbackId);

    ActivatedJob job = activateCreateFeedbackTaskJob();
    BpmnAssert.assertThat(job)
        .hasElementId(CREATE_FEEDBACK_TASK)
        .hasBpmnProcessId(ID)
        .extractingVariables()
        .containsEntry(VAR_FEEDBACK_ID, feedbackId);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    BpmnAssert.assertThat(inspected(instance))
        .as("waits for the job before it is completed")
        .isWaitingExactlyAtElements(CREATE_FEEDBACK_TASK)
        .isNotCompleted();

    client.newCompleteCommand(job).variables(Map.of("taskId", taskId)).send().join();
    engine.waitForIdleState(WAIT);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(START_EVENT, CREATE_FEEDBACK_TASK, ROUTED_END_EVENT)
        .isCompleted()
        .hasNoIncidents()
        .hasVariableWithValue(VAR_FEEDBACK_ID, feedbackId)
        .hasVariableWithValue("taskId", taskId);
  }

  @Test
  void jobFailedWithoutRetriesRaisesAnIncidentInsteadOfCompleting() throws Exception {
    ProcessInstanceEvent instance = start(UUID.randomUUID().toString());
    ActivatedJob job = activateCreateFeedbackTaskJob();

    client.newFailCommand(job).retries(0).errorMessage("Feedback store unavailable").send().join();
    engine.waitForIdleState(WAIT);

    BpmnAssert.assertThat(job).hasAnyIncidents();
    BpmnAssert.assertThat(inspected(instance))
        .hasAnyIncidents()
        .isActive()
        .isNotCompleted()
        .isWaitingExactlyAtElements(CREATE_FEEDBACK_TASK)
        .hasNotPassedElement(CREATE_FEEDBACK_TASK)
        .hasNotPassedElement(ROUTED_END_EVENT)
        .extractingLatestIncident()
        .hasErrorType(ErrorType.JOB_NO_RETRIES)
        .occurredOnElement(CREATE_FEEDBACK_TASK)
        .hasErrorMessage("Feedback store unavailable")
        .isUnresolved();
  }

  @Test
  void jobFailedWithRetriesLeftIsHandedOutAgainWithoutAnIncident() throws Exception {
    ProcessInstanceEvent instance = start(UUID.randomUUID().toString());
    ActivatedJob first = activateCreateFeedbackTaskJob();

    client.newFailCommand(first).retries(first.getRetries() - 1).send().join();
    engine.waitForIdleState(WAIT);
    ActivatedJob second = activateCreateFeedbackTaskJob();

    assertThat(second.getKey()).isEqualTo(first.getKey());
    assertThat(second.getRetries()).isEqualTo(first.getRetries() - 1);
    BpmnAssert.assertThat(inspected(instance)).hasNoIncidents().isNotCompleted();

    client.newCompleteCommand(second).variables(Map.of("taskId", "t-1")).send().join();
    engine.waitForIdleState(WAIT);
    BpmnAssert.assertThat(inspected(instance)).isCompleted().hasPassedElement(ROUTED_END_EVENT);
  }

  private ProcessInstanceEvent start(String feedbackId) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(ID)
            .latestVersion()
            .variables(Map.of(VAR_FEEDBACK_ID, feedbackId))
            .send()
            .join();
    engine.waitForIdleState(WAIT);
    return instance;
  }

  /** Activates the one open create-feedback-task job; fails if none shows up within WAIT. */
  private ActivatedJob activateCreateFeedbackTaskJob() throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(JOB_CREATE_FEEDBACK_TASK)
              .maxJobsToActivate(10)
              .timeout(Duration.ofMinutes(1))
              .requestTimeout(Duration.ofSeconds(2))
              .send()
              .join()
              .getJobs();
      if (!jobs.isEmpty()) {
        assertThat(jobs).as("open %s jobs", JOB_CREATE_FEEDBACK_TASK).hasSize(1);
        return jobs.getFirst();
      }
      engine.waitForIdleState(WAIT);
      Thread.sleep(50);
    }
    throw new TimeoutException("No " + JOB_CREATE_FEEDBACK_TASK + " job within " + WAIT);
  }
}
