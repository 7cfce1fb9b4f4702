package dev.portico.processes;

import static dev.portico.processes.ClientInvitationProcess.ACCESS_ACTIVE;
import static dev.portico.processes.ClientInvitationProcess.ACCESS_ACTIVE_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.ACCESS_EXPIRED_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.ACCESS_EXPIRY_REACHED;
import static dev.portico.processes.ClientInvitationProcess.ACCESS_EXPIRY_SET_GATEWAY;
import static dev.portico.processes.ClientInvitationProcess.ACCESS_REVOKED_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.ACTIVATE_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.DEFAULT_INVITATION_WINDOW;
import static dev.portico.processes.ClientInvitationProcess.DEFAULT_REMINDER_INTERVAL;
import static dev.portico.processes.ClientInvitationProcess.EXPIRE_INVITATION;
import static dev.portico.processes.ClientInvitationProcess.ID;
import static dev.portico.processes.ClientInvitationProcess.INVITATION_CANCELLED;
import static dev.portico.processes.ClientInvitationProcess.INVITATION_CANCELLED_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.INVITATION_EXPIRED;
import static dev.portico.processes.ClientInvitationProcess.INVITATION_EXPIRED_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.JOB_ACTIVATE_PORTAL_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.JOB_EXPIRE_INVITATION;
import static dev.portico.processes.ClientInvitationProcess.JOB_REVOKE_EXPIRED_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.JOB_SEND_INVITATION_MAIL;
import static dev.portico.processes.ClientInvitationProcess.JOB_SEND_INVITATION_REMINDER;
import static dev.portico.processes.ClientInvitationProcess.MSG_ACCESS_REVOKED;
import static dev.portico.processes.ClientInvitationProcess.MSG_INVITATION_ACCEPTED;
import static dev.portico.processes.ClientInvitationProcess.MSG_INVITATION_CANCELLED;
import static dev.portico.processes.ClientInvitationProcess.REMINDER_DUE;
import static dev.portico.processes.ClientInvitationProcess.REMINDER_SENT_END_EVENT;
import static dev.portico.processes.ClientInvitationProcess.RESOURCE;
import static dev.portico.processes.ClientInvitationProcess.REVOKE_EXPIRED_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.SEND_INVITATION_MAIL;
import static dev.portico.processes.ClientInvitationProcess.SEND_REMINDER;
import static dev.portico.processes.ClientInvitationProcess.START_EVENT;
import static dev.portico.processes.ClientInvitationProcess.VAR_ACCESS_EXPIRES_AT;
import static dev.portico.processes.ClientInvitationProcess.VAR_INVITATION_ID;
import static dev.portico.processes.ClientInvitationProcess.VAR_INVITATION_WINDOW;
import static dev.portico.processes.ClientInvitationProcess.VAR_INVITED_AT;
import static dev.portico.processes.ClientInvitationProcess.VAR_REMINDER_INTERVAL;
import static dev.portico.processes.ClientInvitationProcess.WAIT_FOR_ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * client-invitation on the embedded engine, one test per path through the model. The test activates
 * and completes every job itself (no worker polls) and moves the engine's clock with {@link
 * ZeebeTestEngine#increaseTime(Duration)}.
 */
class ClientInvitationProcessTest extends ProcessTestBase {

  ClientInvitationProcessTest() {
    super(RESOURCE, ID);
  }

  private static final Duration A_BIT = Duration.ofMinutes(1);
  private static final Duration REMINDER_INTERVAL = Duration.parse(DEFAULT_REMINDER_INTERVAL);
  private static final Duration INVITATION_WINDOW = Duration.parse(DEFAULT_INVITATION_WINDOW);

  @Test
  void acceptedBeforeReminderWithoutAccessExpiry() throws Exception {
    Map<String, Object> variables = invitation(engineNow(), null);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);
    // Not isWaitingForMessages: ZPT 8.8 keys open subscriptions by element instance, so it reports
    // only one of the receive task's and its boundary event's messages. Correlation proves it.
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE);

    BpmnAssert.assertThat(publish(MSG_INVITATION_ACCEPTED, invitationId(variables)))
        .hasBeenCorrelated();
    completeJob(instance, JOB_ACTIVATE_PORTAL_ACCESS, ACTIVATE_ACCESS, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            WAIT_FOR_ACCEPTANCE,
            ACTIVATE_ACCESS,
            ACCESS_EXPIRY_SET_GATEWAY,
            ACCESS_ACTIVE_END_EVENT)
        .hasNotPassedElement(REMINDER_DUE)
        .hasNotPassedElement(ACCESS_ACTIVE)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobsCreated(instance, JOB_SEND_INVITATION_REMINDER)).isEmpty();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CANCELED))
        .as("the reminder timer is cancelled with the wait, not left to fire")
        .hasSize(1);
    assertThat(timers(instance, INVITATION_EXPIRED, TimerIntent.CANCELED)).hasSize(1);
  }

  @Test
  void remindedThenAccepted() throws Exception {
    Map<String, Object> variables = invitation(engineNow(), null);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);

    advance(REMINDER_INTERVAL.plus(A_BIT));
    ActivatedJob reminder =
        activateJob(instance, JOB_SEND_INVITATION_REMINDER, SEND_REMINDER, variables);
    BpmnAssert.assertThat(inspected(instance))
        .as("the reminder does not interrupt the wait")
        .isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE, SEND_REMINDER);
    complete(reminder);
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(REMINDER_DUE, SEND_REMINDER, REMINDER_SENT_END_EVENT)
        .isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE)
        .isNotCompleted();

    publish(MSG_INVITATION_ACCEPTED, invitationId(variables));
    completeJob(instance, JOB_ACTIVATE_PORTAL_ACCESS, ACTIVATE_ACCESS, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            REMINDER_DUE,
            SEND_REMINDER,
            REMINDER_SENT_END_EVENT,
            WAIT_FOR_ACCEPTANCE,
            ACTIVATE_ACCESS,
            ACCESS_EXPIRY_SET_GATEWAY,
            ACCESS_ACTIVE_END_EVENT)
        .hasNotPassedElement(INVITATION_EXPIRED)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void invitationExpiredWhenClientIsSilentForFourteenDays() throws Exception {
    Map<String, Object> variables = invitation(engineNow(), null);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);

    letInvitationExpire(instance, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            REMINDER_DUE,
            SEND_REMINDER,
            REMINDER_SENT_END_EVENT,
            INVITATION_EXPIRED,
            EXPIRE_INVITATION,
            INVITATION_EXPIRED_END_EVENT)
        .hasNotPassedElement(WAIT_FOR_ACCEPTANCE)
        .isCompleted()
        .hasNoIncidents();

    BpmnAssert.assertThat(publish(MSG_INVITATION_ACCEPTED, invitationId(variables)))
        .hasNotBeenCorrelated();
    BpmnAssert.assertThat(inspected(instance))
        .isCompleted()
        .hasNotPassedElement(ACTIVATE_ACCESS)
        .hasCorrelatedMessageByName(MSG_INVITATION_ACCEPTED, 0);
    assertThat(jobsCreated(instance, JOB_ACTIVATE_PORTAL_ACCESS)).isEmpty();
  }

  @Test
  void accessExpiryReachedEndsAccess() throws Exception {
    Instant invitedAt = engineNow();
    Instant accessExpiresAt = invitedAt.plus(Duration.ofDays(30));
    Map<String, Object> variables = invitation(invitedAt, accessExpiresAt);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);
    publish(MSG_INVITATION_ACCEPTED, invitationId(variables));
    completeJob(instance, JOB_ACTIVATE_PORTAL_ACCESS, ACTIVATE_ACCESS, variables);
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(ACCESS_ACTIVE)
        .isWaitingForMessages(MSG_ACCESS_REVOKED);
    assertThat(dueDate(instance, ACCESS_EXPIRY_REACHED)).isEqualTo(accessExpiresAt);

    advance(Duration.ofDays(31));
    completeJob(instance, JOB_REVOKE_EXPIRED_ACCESS, REVOKE_EXPIRED_ACCESS, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            WAIT_FOR_ACCEPTANCE,
            ACTIVATE_ACCESS,
            ACCESS_EXPIRY_SET_GATEWAY,
            ACCESS_EXPIRY_REACHED,
            REVOKE_EXPIRED_ACCESS,
            ACCESS_EXPIRED_END_EVENT)
        .hasNotPassedElement(ACCESS_ACTIVE)
        .hasNotPassedElement(ACCESS_ACTIVE_END_EVENT)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void revokedByStaffWhileAccessActive() throws Exception {
    Instant invitedAt = engineNow();
    Map<String, Object> variables = invitation(invitedAt, invitedAt.plus(Duration.ofDays(30)));
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);
    publish(MSG_INVITATION_ACCEPTED, invitationId(variables));
    completeJob(instance, JOB_ACTIVATE_PORTAL_ACCESS, ACTIVATE_ACCESS, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(ACCESS_ACTIVE);

    BpmnAssert.assertThat(publish(MSG_ACCESS_REVOKED, invitationId(variables))).hasBeenCorrelated();

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            WAIT_FOR_ACCEPTANCE,
            ACTIVATE_ACCESS,
            ACCESS_EXPIRY_SET_GATEWAY,
            ACCESS_ACTIVE,
            ACCESS_REVOKED_END_EVENT)
        .hasNotPassedElement(ACCESS_EXPIRY_REACHED)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobsCreated(instance, JOB_REVOKE_EXPIRED_ACCESS)).isEmpty();
    assertThat(timers(instance, ACCESS_EXPIRY_REACHED, TimerIntent.CANCELED)).hasSize(1);
  }

  @Test
  void cancelledByStaffBeforeAcceptance() throws Exception {
    Map<String, Object> variables = invitation(engineNow(), null);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, variables);
    // Not cancelled: proves the clock moved far enough for a reminder to fire.
    Map<String, Object> controlVariables = invitation(engineNow(), null);
    ProcessInstanceEvent control = start(controlVariables);
    completeJob(control, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, controlVariables);

    BpmnAssert.assertThat(publish(MSG_INVITATION_CANCELLED, invitationId(variables)))
        .hasBeenCorrelated();
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT, SEND_INVITATION_MAIL, INVITATION_CANCELLED, INVITATION_CANCELLED_END_EVENT)
        .hasNotPassedElement(WAIT_FOR_ACCEPTANCE)
        .isCompleted()
        .hasNoIncidents();

    advance(Duration.ofDays(4));
    activateJob(control, JOB_SEND_INVITATION_REMINDER, SEND_REMINDER, controlVariables);

    assertThat(jobsCreated(instance, JOB_SEND_INVITATION_REMINDER)).isEmpty();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.TRIGGERED)).isEmpty();
    BpmnAssert.assertThat(inspected(instance))
        .hasNotPassedElement(REMINDER_DUE)
        .hasNotPassedElement(ACTIVATE_ACCESS);
  }

  @Test
  void reinvitedAfterExpiry() throws Exception {
    Map<String, Object> first = invitation(engineNow(), null);
    ProcessInstanceEvent expired = start(first);
    completeJob(expired, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, first);
    letInvitationExpire(expired, first);
    BpmnAssert.assertThat(inspected(expired))
        .hasPassedElement(INVITATION_EXPIRED_END_EVENT)
        .isCompleted();

    Instant reinvitedAt = engineNow();
    Map<String, Object> second = invitation(reinvitedAt, null);
    ProcessInstanceEvent reinvited = start(second);
    completeJob(reinvited, JOB_SEND_INVITATION_MAIL, SEND_INVITATION_MAIL, second);
    assertThat(dueDate(reinvited, REMINDER_DUE)).isEqualTo(reinvitedAt.plus(REMINDER_INTERVAL));

    BpmnAssert.assertThat(publish(MSG_INVITATION_ACCEPTED, invitationId(first)))
        .hasNotBeenCorrelated();
    BpmnAssert.assertThat(inspected(reinvited))
        .isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE)
        .hasNotPassedElement(ACTIVATE_ACCESS);

    publish(MSG_INVITATION_ACCEPTED, invitationId(second));
    completeJob(reinvited, JOB_ACTIVATE_PORTAL_ACCESS, ACTIVATE_ACCESS, second);

    BpmnAssert.assertThat(inspected(reinvited))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVITATION_MAIL,
            WAIT_FOR_ACCEPTANCE,
            ACTIVATE_ACCESS,
            ACCESS_EXPIRY_SET_GATEWAY,
            ACCESS_ACTIVE_END_EVENT)
        .hasCorrelatedMessageByCorrelationKey(invitationId(second), 1)
        .isCompleted()
        .hasNoIncidents();
    BpmnAssert.assertThat(inspected(expired)).hasNotPassedElement(ACTIVATE_ACCESS);
  }

  @Test
  void resumedAtWaitingPointKeepsDeadlinesFromDomainDates() throws Exception {
    Instant invitedAt = engineNow().minus(Duration.ofDays(2));
    Map<String, Object> variables = invitation(invitedAt, null);

    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_ACCEPTANCE));
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE)
        .hasNotPassedElement(START_EVENT)
        .hasNotPassedElement(SEND_INVITATION_MAIL);
    assertThat(dueDate(instance, REMINDER_DUE)).isEqualTo(invitedAt.plus(REMINDER_INTERVAL));
    assertThat(dueDate(instance, INVITATION_EXPIRED)).isEqualTo(invitedAt.plus(INVITATION_WINDOW));

    advance(Duration.ofDays(1).plus(A_BIT));
    activateJob(instance, JOB_SEND_INVITATION_REMINDER, SEND_REMINDER, variables);

    assertThat(jobsCreated(instance, JOB_SEND_INVITATION_MAIL)).isEmpty();
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE, SEND_REMINDER);
  }

  /** Silent client: the reminder fires and is sent, then the invitation window runs out. */
  private void letInvitationExpire(ProcessInstanceEvent instance, Map<String, Object> variables)
      throws Exception {
    advance(REMINDER_INTERVAL.plus(A_BIT));
    completeJob(instance, JOB_SEND_INVITATION_REMINDER, SEND_REMINDER, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_ACCEPTANCE);

    advance(INVITATION_WINDOW.minus(REMINDER_INTERVAL));
    completeJob(instance, JOB_EXPIRE_INVITATION, EXPIRE_INVITATION, variables);
  }

  /** Start variables as Portico sends them; accessExpiresAt may be null. */
  private static Map<String, Object> invitation(Instant invitedAt, Instant accessExpiresAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INVITATION_ID, UUID.randomUUID().toString());
    variables.put(VAR_INVITED_AT, invitedAt.toString());
    variables.put(VAR_REMINDER_INTERVAL, DEFAULT_REMINDER_INTERVAL);
    variables.put(VAR_INVITATION_WINDOW, DEFAULT_INVITATION_WINDOW);
    variables.put(
        VAR_ACCESS_EXPIRES_AT, accessExpiresAt == null ? null : accessExpiresAt.toString());
    return variables;
  }

  private static String invitationId(Map<String, Object> variables) {
    return (String) variables.get(VAR_INVITATION_ID);
  }

  private static Instant dueDate(ProcessInstanceEvent instance, String boundaryEventId) {
    List<TimerRecordValue> created = timers(instance, boundaryEventId, TimerIntent.CREATED);
    assertThat(created).as("%s timers created", boundaryEventId).hasSize(1);
    return Instant.ofEpochMilli(created.getFirst().getDueDate());
  }
}
