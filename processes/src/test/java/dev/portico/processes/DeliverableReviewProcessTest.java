package dev.portico.processes;

import static dev.portico.processes.DeliverableReviewProcess.APPROVED_END_EVENT;
import static dev.portico.processes.DeliverableReviewProcess.CREATE_REVISION_TASK;
import static dev.portico.processes.DeliverableReviewProcess.DECISION_APPROVED;
import static dev.portico.processes.DeliverableReviewProcess.DECISION_CHANGES_REQUESTED;
import static dev.portico.processes.DeliverableReviewProcess.DECISION_GATEWAY;
import static dev.portico.processes.DeliverableReviewProcess.DEFAULT_INCLUDED_ROUNDS;
import static dev.portico.processes.DeliverableReviewProcess.DEFAULT_REMINDER_INTERVAL;
import static dev.portico.processes.DeliverableReviewProcess.DEFAULT_REVIEW_WINDOW;
import static dev.portico.processes.DeliverableReviewProcess.ID;
import static dev.portico.processes.DeliverableReviewProcess.JOB_CREATE_REVISION_TASK;
import static dev.portico.processes.DeliverableReviewProcess.JOB_LOCK_APPROVED;
import static dev.portico.processes.DeliverableReviewProcess.JOB_NOTIFY_CLIENT;
import static dev.portico.processes.DeliverableReviewProcess.JOB_NOTIFY_REVIEW_OVERDUE;
import static dev.portico.processes.DeliverableReviewProcess.JOB_SEND_REMINDER;
import static dev.portico.processes.DeliverableReviewProcess.LOCK_APPROVED;
import static dev.portico.processes.DeliverableReviewProcess.MODE_INTERACTIVE;
import static dev.portico.processes.DeliverableReviewProcess.MODE_READ_ONLY;
import static dev.portico.processes.DeliverableReviewProcess.MSG_DELIVERABLE_DECIDED;
import static dev.portico.processes.DeliverableReviewProcess.MSG_NEW_VERSION_READY;
import static dev.portico.processes.DeliverableReviewProcess.NOTIFY_CLIENT;
import static dev.portico.processes.DeliverableReviewProcess.NOTIFY_REVIEW_OVERDUE;
import static dev.portico.processes.DeliverableReviewProcess.REMINDER_DUE;
import static dev.portico.processes.DeliverableReviewProcess.REMINDER_SENT_END_EVENT;
import static dev.portico.processes.DeliverableReviewProcess.RESOURCE;
import static dev.portico.processes.DeliverableReviewProcess.REVIEW_MODE_GATEWAY;
import static dev.portico.processes.DeliverableReviewProcess.REVIEW_OVERDUE;
import static dev.portico.processes.DeliverableReviewProcess.REVIEW_OVERDUE_END_EVENT;
import static dev.portico.processes.DeliverableReviewProcess.SEND_REMINDER;
import static dev.portico.processes.DeliverableReviewProcess.SHARED_READ_ONLY_END_EVENT;
import static dev.portico.processes.DeliverableReviewProcess.START_EVENT;
import static dev.portico.processes.DeliverableReviewProcess.VAR_DECISION;
import static dev.portico.processes.DeliverableReviewProcess.VAR_DELIVERABLE_ID;
import static dev.portico.processes.DeliverableReviewProcess.VAR_INCLUDED_ROUNDS;
import static dev.portico.processes.DeliverableReviewProcess.VAR_READY_AT;
import static dev.portico.processes.DeliverableReviewProcess.VAR_REMINDER_INTERVAL;
import static dev.portico.processes.DeliverableReviewProcess.VAR_REVIEW_MODE;
import static dev.portico.processes.DeliverableReviewProcess.VAR_REVIEW_WINDOW;
import static dev.portico.processes.DeliverableReviewProcess.VAR_ROUND;
import static dev.portico.processes.DeliverableReviewProcess.VAR_VERSION_ID;
import static dev.portico.processes.DeliverableReviewProcess.WAIT_FOR_DECISION;
import static dev.portico.processes.DeliverableReviewProcess.WAIT_FOR_NEW_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.IncidentAssert;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * deliverable-review on the embedded engine, one test per path through the model. The test
 * activates and completes every job itself (no worker polls), publishes the client's and the team's
 * messages, and moves the engine's clock with {@link ZeebeTestEngine#increaseTime}.
 */
class DeliverableReviewProcessTest extends ProcessTestBase {

  DeliverableReviewProcessTest() {
    super(RESOURCE, ID);
  }

  private static final Duration A_BIT = Duration.ofMinutes(1);
  private static final Duration REMINDER_INTERVAL = Duration.parse(DEFAULT_REMINDER_INTERVAL);
  private static final Duration REVIEW_WINDOW = Duration.parse(DEFAULT_REVIEW_WINDOW);

  @Test
  void approvedFirstTime() throws Exception {
    Map<String, Object> variables = review(engineNow(), MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, variables);
    // Not isWaitingForMessages: ZPT 8.8 reports only one subscription per element instance.
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_DECISION);

    BpmnAssert.assertThat(decide(variables, DECISION_APPROVED)).hasBeenCorrelated();
    completeJob(instance, JOB_LOCK_APPROVED, LOCK_APPROVED, decided(variables, DECISION_APPROVED));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            NOTIFY_CLIENT,
            REVIEW_MODE_GATEWAY,
            WAIT_FOR_DECISION,
            DECISION_GATEWAY,
            LOCK_APPROVED,
            APPROVED_END_EVENT)
        .hasNotPassedElement(REMINDER_DUE)
        .hasNotPassedElement(REVIEW_OVERDUE)
        .hasNotPassedElement(CREATE_REVISION_TASK)
        .hasVariableWithValue(VAR_DECISION, DECISION_APPROVED)
        .isCompleted()
        .hasNoIncidents();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CANCELED)).hasSize(1);
    assertThat(timers(instance, REVIEW_OVERDUE, TimerIntent.CANCELED)).hasSize(1);
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).isEmpty();
  }

  @Test
  void changesRequestedThenApproved() throws Exception {
    Map<String, Object> round1 = review(engineNow(), MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(round1);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, round1);

    requestChanges(instance, round1);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_NEW_VERSION);

    advance(Duration.ofDays(1));
    Instant readyAt2 = engineNow();
    Map<String, Object> round2 = newVersion(round1, "v2", 2, readyAt2);
    ActivatedJob notify2 = activateJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, round2);
    assertThat(notify2.getVariablesAsMap())
        .containsEntry(VAR_VERSION_ID, "v2")
        .containsEntry(VAR_ROUND, 2);
    complete(notify2);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_DECISION);
    assertThat(dueDates(instance, REMINDER_DUE))
        .as("round 2 reminders count from the new version's readyAt")
        .last()
        .isEqualTo(readyAt2.plus(REMINDER_INTERVAL));
    assertThat(dueDates(instance, REVIEW_OVERDUE)).last().isEqualTo(readyAt2.plus(REVIEW_WINDOW));

    BpmnAssert.assertThat(decide(round2, DECISION_APPROVED)).hasBeenCorrelated();
    completeJob(instance, JOB_LOCK_APPROVED, LOCK_APPROVED, decided(round2, DECISION_APPROVED));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            NOTIFY_CLIENT,
            REVIEW_MODE_GATEWAY,
            WAIT_FOR_DECISION,
            DECISION_GATEWAY,
            CREATE_REVISION_TASK,
            WAIT_FOR_NEW_VERSION,
            NOTIFY_CLIENT,
            REVIEW_MODE_GATEWAY,
            WAIT_FOR_DECISION,
            DECISION_GATEWAY,
            LOCK_APPROVED,
            APPROVED_END_EVENT)
        .hasPassedElement(NOTIFY_CLIENT, 2)
        .hasPassedElement(CREATE_REVISION_TASK, 1)
        .hasVariableWithValue(VAR_VERSION_ID, "v2")
        .hasVariableWithValue(VAR_ROUND, 2)
        .hasCorrelatedMessageByName(MSG_DELIVERABLE_DECIDED, 2)
        .hasCorrelatedMessageByName(MSG_NEW_VERSION_READY, 1)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void multipleRevisionRounds() throws Exception {
    Map<String, Object> current = review(engineNow(), MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(current);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, current);

    for (int round = 2; round <= 3; round++) {
      requestChanges(instance, current);
      advance(Duration.ofDays(1));
      current = newVersion(current, "v" + round, round, engineNow());
      completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, current);
      BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_DECISION);
    }
    BpmnAssert.assertThat(decide(current, DECISION_APPROVED)).hasBeenCorrelated();
    completeJob(instance, JOB_LOCK_APPROVED, LOCK_APPROVED, decided(current, DECISION_APPROVED));

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(NOTIFY_CLIENT, 3)
        .hasPassedElement(WAIT_FOR_DECISION, 3)
        .hasPassedElement(CREATE_REVISION_TASK, 2)
        .hasPassedElement(WAIT_FOR_NEW_VERSION, 2)
        .hasPassedElement(LOCK_APPROVED, 1)
        .hasPassedElement(APPROVED_END_EVENT, 1)
        .hasVariableWithValue(VAR_VERSION_ID, "v3")
        .hasVariableWithValue(VAR_ROUND, 3)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobsCreated(instance, JOB_NOTIFY_CLIENT)).hasSize(3);
  }

  @Test
  void remindersSentWhileClientIsSilent() throws Exception {
    // Marked ready an hour before the flow starts: the schedule follows readyAt, not the start.
    Instant readyAt = engineNow().minus(Duration.ofHours(1));
    Map<String, Object> variables = review(readyAt, MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, variables);
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(readyAt.plus(REMINDER_INTERVAL));
    assertThat(dueDates(instance, REVIEW_OVERDUE)).containsExactly(readyAt.plus(REVIEW_WINDOW));

    advance(REMINDER_INTERVAL.plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_DECISION);
    advance(REMINDER_INTERVAL);
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, variables);

    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(2);
    assertThat(dueDates(instance, REMINDER_DUE))
        .as("every reminderInterval counted from readyAt")
        .containsExactly(
            readyAt.plus(REMINDER_INTERVAL),
            readyAt.plus(REMINDER_INTERVAL.multipliedBy(2)),
            readyAt.plus(REMINDER_INTERVAL.multipliedBy(3)));
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_DECISION)
        .hasPassedElement(REMINDER_DUE, 2)
        .hasPassedElement(REMINDER_SENT_END_EVENT, 2)
        .hasNotPassedElement(REVIEW_OVERDUE)
        .hasNotPassedElement(DECISION_GATEWAY)
        .isActive()
        .hasNoIncidents();
  }

  @Test
  void leadToldWhenReviewWindowPasses() throws Exception {
    Instant readyAt = engineNow();
    Map<String, Object> variables = review(readyAt, MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, variables);
    assertThat(dueDates(instance, REVIEW_OVERDUE)).containsExactly(readyAt.plus(REVIEW_WINDOW));

    // Reminders at 2, 4 and 6 days; the window closes at 7 days.
    for (int reminder = 1; reminder <= 3; reminder++) {
      advance(reminder == 1 ? REMINDER_INTERVAL.plus(A_BIT) : REMINDER_INTERVAL);
      completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, variables);
    }
    BpmnAssert.assertThat(inspected(instance)).hasNotPassedElement(REVIEW_OVERDUE);

    advance(REVIEW_WINDOW.minus(REMINDER_INTERVAL.multipliedBy(3)));
    completeJob(instance, JOB_NOTIFY_REVIEW_OVERDUE, NOTIFY_REVIEW_OVERDUE, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(REVIEW_OVERDUE, NOTIFY_REVIEW_OVERDUE, REVIEW_OVERDUE_END_EVENT)
        .hasPassedElement(REVIEW_OVERDUE, 1)
        .isWaitingExactlyAtElements(WAIT_FOR_DECISION)
        .hasNoIncidents();

    // The client can still decide after the window.
    BpmnAssert.assertThat(decide(variables, DECISION_APPROVED)).hasBeenCorrelated();
    completeJob(instance, JOB_LOCK_APPROVED, LOCK_APPROVED, decided(variables, DECISION_APPROVED));
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(APPROVED_END_EVENT)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void starterPlanReadOnlyPathOnlyNotifies() throws Exception {
    Map<String, Object> variables = review(engineNow(), MODE_READ_ONLY);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT, NOTIFY_CLIENT, REVIEW_MODE_GATEWAY, SHARED_READ_ONLY_END_EVENT)
        .hasNotPassedElement(WAIT_FOR_DECISION)
        .isCompleted()
        .hasNoIncidents();
    assertThat(
            StreamSupport.stream(
                    BpmnAssert.getRecordStream().processMessageSubscriptionRecords().spliterator(),
                    false)
                .filter(
                    r -> r.getValue().getProcessInstanceKey() == instance.getProcessInstanceKey()))
        .as("no subscription to %s", MSG_DELIVERABLE_DECIDED)
        .isEmpty();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CREATED)).isEmpty();
    BpmnAssert.assertThat(decide(variables, DECISION_APPROVED)).hasNotBeenCorrelated();
  }

  @Test
  void unknownDecisionRaisesAnIncident() throws Exception {
    Map<String, Object> variables = review(engineNow(), MODE_INTERACTIVE);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_NOTIFY_CLIENT, NOTIFY_CLIENT, variables);

    BpmnAssert.assertThat(decide(variables, "MAYBE")).hasBeenCorrelated();

    IncidentAssert incident =
        BpmnAssert.assertThat(inspected(instance))
            .hasNotPassedElement(LOCK_APPROVED)
            .hasNotPassedElement(CREATE_REVISION_TASK)
            .isActive()
            .hasAnyIncidents()
            .extractingLatestIncident()
            .hasErrorType(ErrorType.CONDITION_ERROR)
            .occurredOnElement(DECISION_GATEWAY)
            .isUnresolved();
    assertThat(jobsCreated(instance, JOB_LOCK_APPROVED)).isEmpty();
    assertThat(jobsCreated(instance, JOB_CREATE_REVISION_TASK)).isEmpty();

    // Staff fix the variable and resolve the incident: the flow continues.
    client
        .newSetVariablesCommand(instance.getProcessInstanceKey())
        .variables(Map.of(VAR_DECISION, DECISION_APPROVED))
        .send()
        .join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    engine.waitForIdleState(WAIT);
    completeJob(instance, JOB_LOCK_APPROVED, LOCK_APPROVED, decided(variables, DECISION_APPROVED));
    BpmnAssert.assertThat(inspected(instance)).hasPassedElement(APPROVED_END_EVENT).isCompleted();
  }

  @Test
  void resumedAtWaitingPointKeepsReminderScheduleFromReadyAt() throws Exception {
    // The engine has run for a while (so FEEL now() must be the engine's clock, not the wall's),
    // and the version has been in review for 3 days: the day-2 reminder went out before the
    // restart.
    advance(Duration.ofDays(10));
    Instant readyAt = engineNow().minus(Duration.ofDays(3));
    Map<String, Object> variables = review(readyAt, MODE_INTERACTIVE);

    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_DECISION));
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_DECISION)
        .hasNotPassedElement(START_EVENT)
        .hasNotPassedElement(NOTIFY_CLIENT);
    assertThat(dueDates(instance, REVIEW_OVERDUE)).containsExactly(readyAt.plus(REVIEW_WINDOW));
    assertThat(dueDates(instance, REMINDER_DUE))
        .as("the next reminder on the readyAt schedule, not one interval after the restart")
        .containsExactly(readyAt.plus(REMINDER_INTERVAL.multipliedBy(2)));

    advance(Duration.ofDays(1).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, variables);

    assertThat(jobsCreated(instance, JOB_NOTIFY_CLIENT)).isEmpty();
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(1);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_DECISION);
  }

  /** Client requests changes; the revision task is created and the flow waits for a version. */
  private void requestChanges(ProcessInstanceEvent instance, Map<String, Object> variables)
      throws Exception {
    BpmnAssert.assertThat(decide(variables, DECISION_CHANGES_REQUESTED)).hasBeenCorrelated();
    completeJob(
        instance,
        JOB_CREATE_REVISION_TASK,
        CREATE_REVISION_TASK,
        decided(variables, DECISION_CHANGES_REQUESTED));
  }

  /** The team marks a new version ready; returns the variables the next round carries. */
  private Map<String, Object> newVersion(
      Map<String, Object> previous, String versionId, int round, Instant readyAt) throws Exception {
    Map<String, Object> message =
        Map.of(VAR_VERSION_ID, versionId, VAR_ROUND, round, VAR_READY_AT, readyAt.toString());
    BpmnAssert.assertThat(publish(MSG_NEW_VERSION_READY, deliverableId(previous), message))
        .hasBeenCorrelated();
    Map<String, Object> next = new HashMap<>(previous);
    next.putAll(message);
    return next;
  }

  private PublishMessageResponse decide(Map<String, Object> variables, String decision)
      throws Exception {
    return publish(
        MSG_DELIVERABLE_DECIDED, deliverableId(variables), Map.of(VAR_DECISION, decision));
  }

  private static Map<String, Object> decided(Map<String, Object> variables, String decision) {
    Map<String, Object> withDecision = new HashMap<>(variables);
    withDecision.put(VAR_DECISION, decision);
    return withDecision;
  }

  /** Start variables as Portico sends them for the first review of a version. */
  private static Map<String, Object> review(Instant readyAt, String reviewMode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DELIVERABLE_ID, UUID.randomUUID().toString());
    variables.put(VAR_VERSION_ID, "v1");
    variables.put(VAR_ROUND, 1);
    variables.put(VAR_REVIEW_MODE, reviewMode);
    variables.put(VAR_READY_AT, readyAt.toString());
    variables.put(VAR_REMINDER_INTERVAL, DEFAULT_REMINDER_INTERVAL);
    variables.put(VAR_REVIEW_WINDOW, DEFAULT_REVIEW_WINDOW);
    variables.put(VAR_INCLUDED_ROUNDS, DEFAULT_INCLUDED_ROUNDS);
    return variables;
  }

  private static String deliverableId(Map<String, Object> variables) {
    return (String) variables.get(VAR_DELIVERABLE_ID);
  }

  private PublishMessageResponse publish(
      String message, String correlationKey, Map<String, Object> variables) throws Exception {
    PublishMessageResponse response =
        client
            .newPublishMessageCommand()
            .messageName(message)
            .correlationKey(correlationKey)
            .timeToLive(Duration.ZERO)
            .variables(variables)
            .send()
            .join();
    engine.waitForIdleState(WAIT);
    return response;
  }

  /** Due dates of the timers created for the boundary event, oldest first. */
  private static List<Instant> dueDates(ProcessInstanceEvent instance, String boundaryEventId) {
    return timers(instance, boundaryEventId, TimerIntent.CREATED).stream()
        .map(t -> Instant.ofEpochMilli(t.getDueDate()))
        .toList();
  }
}
