package dev.portico.processes;

import static dev.portico.processes.FeedbackRoutingProcess.ANSWERED_END_EVENT;
import static dev.portico.processes.FeedbackRoutingProcess.ANSWER_TIME_PASSED;
import static dev.portico.processes.FeedbackRoutingProcess.ESCALATE;
import static dev.portico.processes.FeedbackRoutingProcess.ESCALATED_END_EVENT;
import static dev.portico.processes.FeedbackRoutingProcess.ID;
import static dev.portico.processes.FeedbackRoutingProcess.JOB_ESCALATE;
import static dev.portico.processes.FeedbackRoutingProcess.JOB_NOTIFY_ASSIGNEE;
import static dev.portico.processes.FeedbackRoutingProcess.JOB_ROUTE_FEEDBACK;
import static dev.portico.processes.FeedbackRoutingProcess.JOB_SEND_ANSWER;
import static dev.portico.processes.FeedbackRoutingProcess.MESSAGE_HANDLED;
import static dev.portico.processes.FeedbackRoutingProcess.NOTIFY_ASSIGNEE;
import static dev.portico.processes.FeedbackRoutingProcess.RESOURCE;
import static dev.portico.processes.FeedbackRoutingProcess.ROUTE_FEEDBACK;
import static dev.portico.processes.FeedbackRoutingProcess.SEND_ANSWER;
import static dev.portico.processes.FeedbackRoutingProcess.START_EVENT;
import static dev.portico.processes.FeedbackRoutingProcess.VAR_FEEDBACK_ID;
import static dev.portico.processes.FeedbackRoutingProcess.VAR_RESPOND_BY;
import static dev.portico.processes.FeedbackRoutingProcess.VAR_TASK_ID;
import static dev.portico.processes.FeedbackRoutingProcess.WAIT_FOR_HANDLING;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * feedback-routing on the embedded engine: the test completes every job as the workers would,
 * publishes Portico's feedback-handled message, and moves the engine clock to the answer time the
 * route step returned.
 */
class FeedbackRoutingProcessTest extends ProcessTestBase {

  private static final Duration A_BIT = Duration.ofSeconds(1);

  FeedbackRoutingProcessTest() {
    super(RESOURCE, ID);
  }

  @Test
  void routedTheAssigneeIsToldAndTheAnswerIsMailedWhenHandled() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(Map.of(VAR_FEEDBACK_ID, feedbackId));
    Instant respondBy = engineNow().plus(Duration.ofDays(1));

    route(instance, feedbackId, respondBy);
    completeJob(
        instance, JOB_NOTIFY_ASSIGNEE, NOTIFY_ASSIGNEE, Map.of(VAR_FEEDBACK_ID, feedbackId));
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_HANDLING);

    publish(MESSAGE_HANDLED, feedbackId);
    completeJob(instance, JOB_SEND_ANSWER, SEND_ANSWER, Map.of(VAR_FEEDBACK_ID, feedbackId));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            ROUTE_FEEDBACK,
            NOTIFY_ASSIGNEE,
            WAIT_FOR_HANDLING,
            SEND_ANSWER,
            ANSWERED_END_EVENT)
        .hasNotPassedElement(ESCALATE)
        .isCompleted()
        .hasNoIncidents();
    assertThat(timers(instance, ANSWER_TIME_PASSED, TimerIntent.CANCELED))
        .as("the answer-time timer ends with the wait")
        .hasSize(1);
  }

  @Test
  void theOwnerIsToldWhenTheAnswerTimePassesAndTheFeedbackStaysOpenUntilHandled() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(Map.of(VAR_FEEDBACK_ID, feedbackId));
    Instant respondBy = engineNow().plus(Duration.ofDays(3));
    route(instance, feedbackId, respondBy);
    completeJob(
        instance, JOB_NOTIFY_ASSIGNEE, NOTIFY_ASSIGNEE, Map.of(VAR_FEEDBACK_ID, feedbackId));

    advance(Duration.between(engineNow(), respondBy).minus(Duration.ofMinutes(1)));
    engine.waitForIdleState(WAIT);
    assertThat(timers(instance, ANSWER_TIME_PASSED, TimerIntent.TRIGGERED))
        .as("a minute before the answer time")
        .isEmpty();

    advance(Duration.ofMinutes(1).plus(A_BIT));
    engine.waitForIdleState(WAIT);
    completeJob(instance, JOB_ESCALATE, ESCALATE, Map.of(VAR_FEEDBACK_ID, feedbackId));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(ESCALATED_END_EVENT)
        .isWaitingExactlyAtElements(WAIT_FOR_HANDLING)
        .isActive();

    publish(MESSAGE_HANDLED, feedbackId);
    completeJob(instance, JOB_SEND_ANSWER, SEND_ANSWER, Map.of(VAR_FEEDBACK_ID, feedbackId));
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(ANSWERED_END_EVENT)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobsCreated(instance, JOB_ESCALATE)).as("escalated once").hasSize(1);
  }

  @Test
  void aFlowResumedAtTheWaitKeepsItsAnswerTime() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    Instant respondBy = engineNow().plus(Duration.ofHours(5));
    ProcessInstanceEvent instance =
        send(
            newInstance(
                    Map.of(
                        VAR_FEEDBACK_ID,
                        feedbackId,
                        VAR_TASK_ID,
                        UUID.randomUUID().toString(),
                        VAR_RESPOND_BY,
                        respondBy.toString()))
                .startBeforeElement(WAIT_FOR_HANDLING));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_HANDLING)
        .hasNotPassedElement(ROUTE_FEEDBACK)
        .hasNotPassedElement(NOTIFY_ASSIGNEE);
    assertThat(timers(instance, ANSWER_TIME_PASSED, TimerIntent.CREATED))
        .singleElement()
        .satisfies(t -> assertThat(t.getDueDate()).isEqualTo(respondBy.toEpochMilli()));

    publish(MESSAGE_HANDLED, feedbackId);
    completeJob(instance, JOB_SEND_ANSWER, SEND_ANSWER, Map.of(VAR_FEEDBACK_ID, feedbackId));
    BpmnAssert.assertThat(inspected(instance)).hasPassedElement(ANSWERED_END_EVENT).isCompleted();
  }

  @Test
  void aFlowResumedAfterHandlingOnlyMailsTheAnswer() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    ProcessInstanceEvent instance =
        send(
            newInstance(
                    Map.of(
                        VAR_FEEDBACK_ID,
                        feedbackId,
                        VAR_RESPOND_BY,
                        engineNow().minus(Duration.ofDays(1)).toString()))
                .startBeforeElement(SEND_ANSWER));

    completeJob(instance, JOB_SEND_ANSWER, SEND_ANSWER, Map.of(VAR_FEEDBACK_ID, feedbackId));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(ANSWERED_END_EVENT)
        .hasNotPassedElement(WAIT_FOR_HANDLING)
        .hasNotPassedElement(ESCALATE)
        .isCompleted();
  }

  @Test
  void aHandledMessageForAnotherFeedbackChangesNothing() throws Exception {
    String feedbackId = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(Map.of(VAR_FEEDBACK_ID, feedbackId));
    route(instance, feedbackId, engineNow().plus(Duration.ofDays(1)));
    completeJob(
        instance, JOB_NOTIFY_ASSIGNEE, NOTIFY_ASSIGNEE, Map.of(VAR_FEEDBACK_ID, feedbackId));

    publish(MESSAGE_HANDLED, UUID.randomUUID().toString());

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_HANDLING)
        .hasNotPassedElement(SEND_ANSWER);
  }

  @Test
  void aRoutingStepOutOfRetriesIsAnIncidentNotALostFeedback() throws Exception {
    ProcessInstanceEvent instance = start(Map.of(VAR_FEEDBACK_ID, UUID.randomUUID().toString()));
    ActivatedJob job = awaitJob(JOB_ROUTE_FEEDBACK);

    client.newFailCommand(job).retries(0).errorMessage("Inbox unavailable").send().join();
    engine.waitForIdleState(WAIT);

    BpmnAssert.assertThat(inspected(instance))
        .hasAnyIncidents()
        .isWaitingExactlyAtElements(ROUTE_FEEDBACK)
        .extractingLatestIncident()
        .hasErrorType(ErrorType.JOB_NO_RETRIES)
        .occurredOnElement(ROUTE_FEEDBACK)
        .hasErrorMessage("Inbox unavailable");
  }

  private void route(ProcessInstanceEvent instance, String feedbackId, Instant respondBy)
      throws Exception {
    ActivatedJob job =
        activateJob(
            instance, JOB_ROUTE_FEEDBACK, ROUTE_FEEDBACK, Map.of(VAR_FEEDBACK_ID, feedbackId));
    client
        .newCompleteCommand(job)
        .variables(
            Map.of(VAR_TASK_ID, UUID.randomUUID().toString(), VAR_RESPOND_BY, respondBy.toString()))
        .send()
        .join();
    engine.waitForIdleState(WAIT);
  }
}
