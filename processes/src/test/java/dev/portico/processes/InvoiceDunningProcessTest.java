package dev.portico.processes;

import static dev.portico.processes.InvoiceDunningProcess.CREATE_ESCALATION;
import static dev.portico.processes.InvoiceDunningProcess.DEFAULT_REMINDER_OFFSETS;
import static dev.portico.processes.InvoiceDunningProcess.DUE_DATE_REACHED;
import static dev.portico.processes.InvoiceDunningProcess.ID;
import static dev.portico.processes.InvoiceDunningProcess.JOB_CREATE_ESCALATION;
import static dev.portico.processes.InvoiceDunningProcess.JOB_MARK_OVERDUE;
import static dev.portico.processes.InvoiceDunningProcess.JOB_SEND_INVOICE_MAIL;
import static dev.portico.processes.InvoiceDunningProcess.JOB_SEND_RECEIPT;
import static dev.portico.processes.InvoiceDunningProcess.JOB_SEND_REMINDER;
import static dev.portico.processes.InvoiceDunningProcess.MARK_OVERDUE;
import static dev.portico.processes.InvoiceDunningProcess.MSG_INVOICE_PAID;
import static dev.portico.processes.InvoiceDunningProcess.MSG_INVOICE_VOIDED;
import static dev.portico.processes.InvoiceDunningProcess.PAID_END_EVENT;
import static dev.portico.processes.InvoiceDunningProcess.PAYMENT_RECEIVED_GATEWAY;
import static dev.portico.processes.InvoiceDunningProcess.REMINDERS_LEFT_GATEWAY;
import static dev.portico.processes.InvoiceDunningProcess.REMINDER_DUE;
import static dev.portico.processes.InvoiceDunningProcess.REMINDER_LOOP_GATEWAY;
import static dev.portico.processes.InvoiceDunningProcess.RESOURCE;
import static dev.portico.processes.InvoiceDunningProcess.SEND_INVOICE_MAIL;
import static dev.portico.processes.InvoiceDunningProcess.SEND_RECEIPT;
import static dev.portico.processes.InvoiceDunningProcess.SEND_REMINDER;
import static dev.portico.processes.InvoiceDunningProcess.START_EVENT;
import static dev.portico.processes.InvoiceDunningProcess.VAR_DUE_AT;
import static dev.portico.processes.InvoiceDunningProcess.VAR_INVOICE_ID;
import static dev.portico.processes.InvoiceDunningProcess.VAR_REMINDER_INDEX;
import static dev.portico.processes.InvoiceDunningProcess.VAR_REMINDER_OFFSETS;
import static dev.portico.processes.InvoiceDunningProcess.VOIDED_END_EVENT;
import static dev.portico.processes.InvoiceDunningProcess.VOIDED_START_EVENT;
import static dev.portico.processes.InvoiceDunningProcess.VOIDED_SUB_PROCESS;
import static dev.portico.processes.InvoiceDunningProcess.WAIT_AFTER_ESCALATION;
import static dev.portico.processes.InvoiceDunningProcess.WAIT_FOR_NEXT_REMINDER;
import static dev.portico.processes.InvoiceDunningProcess.WAIT_FOR_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.IncidentAssert;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * invoice-dunning on the embedded engine, one test per path through the model and per resume point.
 * The test activates and completes every job itself as the workers would (no worker polls),
 * publishes Portico's payment and voiding messages, and moves the engine's clock with {@link
 * ZeebeTestEngine#increaseTime} to the moments the timers compute from dueAt.
 */
class InvoiceDunningProcessTest extends ProcessTestBase {

  InvoiceDunningProcessTest() {
    super(RESOURCE, ID);
  }

  /** How far before a due moment "just short" is: nothing may have happened yet. */
  private static final Duration JUST_SHORT = Duration.ofMinutes(1);

  /** How far past a due moment the clock moves to let the timer fire. */
  private static final Duration A_BIT = Duration.ofSeconds(1);

  /** Well after every reminder of the default schedule. */
  private static final Duration LONG_AFTER = Duration.ofDays(60);

  private static final List<Duration> DEFAULT_OFFSETS =
      DEFAULT_REMINDER_OFFSETS.stream().map(Duration::parse).toList();

  @Test
  void paidBeforeDueDate() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_PAYMENT);
    assertThat(dueDates(instance, DUE_DATE_REACHED)).containsExactly(dueAt);

    advance(Duration.ofDays(5));
    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            SEND_INVOICE_MAIL,
            WAIT_FOR_PAYMENT,
            PAYMENT_RECEIVED_GATEWAY,
            SEND_RECEIPT,
            PAID_END_EVENT)
        .hasNotPassedElement(DUE_DATE_REACHED)
        .hasNotPassedElement(MARK_OVERDUE)
        .hasCorrelatedMessageByName(MSG_INVOICE_PAID, 1)
        .isCompleted()
        .hasNoIncidents();
    assertThat(timers(instance, DUE_DATE_REACHED, TimerIntent.CANCELED)).hasSize(1);

    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobsCreated(instance, JOB_MARK_OVERDUE)).isEmpty();
    assertThat(jobTypesCreated(instance)).containsExactly(JOB_SEND_INVOICE_MAIL, JOB_SEND_RECEIPT);
  }

  @Test
  void paidWhileInvoiceMailIsStillBeingSent() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    ActivatedJob mail = activateJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);

    // Paid at once (e.g. by card from the invoice link) while the mail worker still has its job:
    // nothing waits for the payment yet, so Portico publishes it with a time to live.
    PublishMessageResponse paid = pay(variables, Duration.ofHours(1));
    BpmnAssert.assertThat(paid).hasNotBeenCorrelated();
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(SEND_INVOICE_MAIL);

    complete(mail);
    BpmnAssert.assertThat(paid).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            SEND_INVOICE_MAIL, WAIT_FOR_PAYMENT, PAYMENT_RECEIVED_GATEWAY, SEND_RECEIPT)
        .hasPassedElement(PAID_END_EVENT)
        .hasNotPassedElement(MARK_OVERDUE)
        .isCompleted()
        .hasNoIncidents();
    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobTypesCreated(instance)).containsExactly(JOB_SEND_INVOICE_MAIL, JOB_SEND_RECEIPT);
  }

  @Test
  void overdueThenEachReminderAtItsOffsetThenEscalationThenPaid() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);

    advanceTo(dueAt.minus(JUST_SHORT));
    assertThat(jobsCreated(instance, JOB_MARK_OVERDUE)).as("not overdue before dueAt").isEmpty();
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);

    for (int reminder = 1; reminder <= 3; reminder++) {
      Instant reminderAt = dueAt.plus(DEFAULT_OFFSETS.get(reminder - 1));
      BpmnAssert.assertThat(inspected(instance))
          .isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER)
          .hasVariableWithValue(VAR_REMINDER_INDEX, reminder);
      assertThat(dueDates(instance, REMINDER_DUE)).last().isEqualTo(reminderAt);

      advanceTo(reminderAt.minus(JUST_SHORT));
      assertThat(jobsCreated(instance, JOB_SEND_REMINDER))
          .as("reminder %d not before dueAt + %s", reminder, DEFAULT_OFFSETS.get(reminder - 1))
          .hasSize(reminder - 1);
      advanceTo(reminderAt.plus(A_BIT));
      completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, reminder));
    }

    assertThat(dueDates(instance, REMINDER_DUE))
        .as("each reminder at dueAt plus its offset")
        .containsExactly(
            dueAt.plus(Duration.ofDays(3)),
            dueAt.plus(Duration.ofDays(7)),
            dueAt.plus(Duration.ofDays(14)));
    // The escalation follows the last reminder at once.
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, atReminder(variables, 4));
    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION)
        .hasVariableWithValue(VAR_REMINDER_INDEX, 4);

    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(3);
    assertThat(jobsCreated(instance, JOB_CREATE_ESCALATION)).hasSize(1);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION);

    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    // Waits interrupted by their timer are terminated, not passed.
    List<String> passed =
        new ArrayList<>(List.of(START_EVENT, SEND_INVOICE_MAIL, DUE_DATE_REACHED, MARK_OVERDUE));
    for (int reminder = 1; reminder <= 3; reminder++) {
      passed.addAll(
          List.of(REMINDER_LOOP_GATEWAY, REMINDERS_LEFT_GATEWAY, REMINDER_DUE, SEND_REMINDER));
    }
    passed.addAll(
        List.of(
            REMINDER_LOOP_GATEWAY,
            REMINDERS_LEFT_GATEWAY,
            CREATE_ESCALATION,
            WAIT_AFTER_ESCALATION,
            PAYMENT_RECEIVED_GATEWAY,
            SEND_RECEIPT,
            PAID_END_EVENT));
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(passed.toArray(String[]::new))
        .hasNotPassedElement(WAIT_FOR_PAYMENT)
        .hasNotPassedElement(WAIT_FOR_NEXT_REMINDER)
        .hasPassedElement(SEND_REMINDER, 3)
        .hasPassedElement(REMINDERS_LEFT_GATEWAY, 4)
        .hasCorrelatedMessageByName(MSG_INVOICE_PAID, 1)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void paidBetweenRemindersStopsTheReminders() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    advanceTo(dueAt.plus(Duration.ofDays(3)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 1));

    advance(Duration.ofDays(2));
    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            REMINDER_LOOP_GATEWAY,
            REMINDERS_LEFT_GATEWAY,
            SEND_REMINDER,
            REMINDER_LOOP_GATEWAY,
            REMINDERS_LEFT_GATEWAY,
            WAIT_FOR_NEXT_REMINDER,
            PAYMENT_RECEIVED_GATEWAY,
            SEND_RECEIPT,
            PAID_END_EVENT)
        .hasPassedElement(SEND_REMINDER, 1)
        .hasNotPassedElement(CREATE_ESCALATION)
        .isCompleted()
        .hasNoIncidents();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CANCELED)).hasSize(1);

    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(1);
    assertThat(jobsCreated(instance, JOB_CREATE_ESCALATION)).isEmpty();
  }

  @Test
  void tunedOffsetsGiveOneReminderThenEscalation() throws Exception {
    // A workspace with one reminder a day after the due moment, and a due moment with an offset.
    Instant dueAt = dueIn(Duration.ofDays(30));
    Map<String, Object> variables = invoice(dueAt, List.of("P1D"));
    variables.put(
        VAR_DUE_AT, dueAt.atOffset(ZoneOffset.ofHours(2)).format(DateTimeFormatter.ISO_DATE_TIME));
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    assertThat(dueDates(instance, DUE_DATE_REACHED)).containsExactly(dueAt);

    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(1)));

    advanceTo(dueAt.plus(Duration.ofDays(1)).minus(JUST_SHORT));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).isEmpty();
    advanceTo(dueAt.plus(Duration.ofDays(1)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 1));
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, atReminder(variables, 2));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION)
        .hasPassedElement(SEND_REMINDER, 1)
        .hasPassedElement(CREATE_ESCALATION, 1)
        .hasNoIncidents();
    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(1);
  }

  @Test
  void emptyOffsetsEscalateRightAfterOverdue() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, List.of());
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            MARK_OVERDUE, REMINDER_LOOP_GATEWAY, REMINDERS_LEFT_GATEWAY, CREATE_ESCALATION)
        .hasNotPassedElement(WAIT_FOR_NEXT_REMINDER)
        .isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION)
        .hasNoIncidents();
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CREATED)).isEmpty();
    advanceTo(dueAt.plus(LONG_AFTER));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).isEmpty();
  }

  @Test
  void missingOffsetsAndIndexFallBackToTheDefaultSchedule() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables =
        new HashMap<>(Map.of(VAR_INVOICE_ID, newInvoiceId(), VAR_DUE_AT, dueAt.toString()));
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER)
        .hasVariableWithValue(VAR_REMINDER_OFFSETS, DEFAULT_REMINDER_OFFSETS)
        .hasVariableWithValue(VAR_REMINDER_INDEX, 1)
        .hasNoIncidents();
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(3)));
  }

  @Test
  void voidedWhileInvoiceMailIsBeingSent() throws Exception {
    Map<String, Object> variables = invoice(dueIn(Duration.ofDays(14)), DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    activateJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);

    voidInvoice(variables);

    assertVoided(instance, SEND_INVOICE_MAIL);
    assertThat(jobs(instance, JobIntent.CANCELED))
        .extracting(JobRecordValue::getType)
        .containsExactly(JOB_SEND_INVOICE_MAIL);
    BpmnAssert.assertThat(inspected(instance)).hasNotPassedElement(WAIT_FOR_PAYMENT);
  }

  @Test
  void voidedBeforeDueDate() throws Exception {
    Map<String, Object> variables = invoice(dueIn(Duration.ofDays(14)), DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);

    voidInvoice(variables);

    assertVoided(instance, WAIT_FOR_PAYMENT);
    assertThat(timers(instance, DUE_DATE_REACHED, TimerIntent.CANCELED)).hasSize(1);
    BpmnAssert.assertThat(inspected(instance)).hasNotPassedElement(MARK_OVERDUE);
  }

  @Test
  void voidedBetweenReminders() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    advanceTo(dueAt.plus(Duration.ofDays(3)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 1));

    voidInvoice(variables);

    assertVoided(instance, WAIT_FOR_NEXT_REMINDER);
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CANCELED)).hasSize(1);
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(1);
  }

  @Test
  void voidedWhileAReminderIsBeingSent() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    advanceTo(dueAt.plus(Duration.ofDays(3)).plus(A_BIT));
    activateJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 1));

    voidInvoice(variables);

    assertVoided(instance, SEND_REMINDER);
    assertThat(jobs(instance, JobIntent.CANCELED))
        .extracting(JobRecordValue::getType)
        .containsExactly(JOB_SEND_REMINDER);
  }

  @Test
  void voidedAfterEscalation() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(14));
    Map<String, Object> variables = invoice(dueAt, List.of());
    ProcessInstanceEvent instance = start(variables);
    completeJob(instance, JOB_SEND_INVOICE_MAIL, SEND_INVOICE_MAIL, variables);
    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, variables);

    voidInvoice(variables);

    assertVoided(instance, WAIT_AFTER_ESCALATION);
    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasNotBeenCorrelated();
  }

  @Test
  void resumedAtWaitForPaymentKeepsTheDueDate() throws Exception {
    Instant dueAt = dueIn(Duration.ofDays(10));
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_PAYMENT));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_PAYMENT)
        .hasNotPassedElement(START_EVENT)
        .hasNotPassedElement(SEND_INVOICE_MAIL);
    assertThat(dueDates(instance, DUE_DATE_REACHED)).containsExactly(dueAt);

    advanceTo(dueAt.plus(A_BIT));
    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER);
    assertThat(jobsCreated(instance, JOB_SEND_INVOICE_MAIL)).isEmpty();
  }

  @Test
  void resumedAtWaitForPaymentAfterDueDatePassedMarksOverdueAtOnce() throws Exception {
    // The engine was down over the due moment: the flow is overdue as soon as it is resumed.
    Instant dueAt = engineNow().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_PAYMENT));

    completeJob(instance, JOB_MARK_OVERDUE, MARK_OVERDUE, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(DUE_DATE_REACHED, MARK_OVERDUE)
        .hasNotPassedElement(WAIT_FOR_PAYMENT)
        .isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER)
        .hasNoIncidents();
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(3)));
  }

  @Test
  void resumedAtRemindersLeftGatewayWithReminderIndex() throws Exception {
    // Overdue for 10 days: reminders 1 and 2 went out before the restart.
    Instant dueAt = engineNow().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 3);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(REMINDERS_LEFT_GATEWAY));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER)
        .hasNotPassedElement(MARK_OVERDUE);
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(14)));

    advanceTo(dueAt.plus(Duration.ofDays(14)).minus(JUST_SHORT));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).isEmpty();
    advanceTo(dueAt.plus(Duration.ofDays(14)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 3));
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, atReminder(variables, 4));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION)
        .hasPassedElement(SEND_REMINDER, 1)
        .hasNoIncidents();
    assertThat(jobTypesCreated(instance)).containsExactly(JOB_SEND_REMINDER, JOB_CREATE_ESCALATION);
  }

  @Test
  void resumedAtWaitForPaymentBeforeReminderSendsTheRemainingReminders() throws Exception {
    // Overdue for 5 days: reminder 1 (day 3) went out before the restart, reminder 2 is next.
    Instant dueAt = engineNow().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 2);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_NEXT_REMINDER));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER)
        .hasNotPassedElement(MARK_OVERDUE);
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(7)));

    advanceTo(dueAt.plus(Duration.ofDays(7)).minus(JUST_SHORT));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).isEmpty();
    advanceTo(dueAt.plus(Duration.ofDays(7)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 2));

    assertThat(dueDates(instance, REMINDER_DUE)).last().isEqualTo(dueAt.plus(Duration.ofDays(14)));
    advanceTo(dueAt.plus(Duration.ofDays(14)).minus(JUST_SHORT));
    assertThat(jobsCreated(instance, JOB_SEND_REMINDER)).hasSize(1);
    advanceTo(dueAt.plus(Duration.ofDays(14)).plus(A_BIT));
    completeJob(instance, JOB_SEND_REMINDER, SEND_REMINDER, atReminder(variables, 3));
    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, atReminder(variables, 4));

    BpmnAssert.assertThat(inspected(instance))
        .isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION)
        .hasPassedElement(SEND_REMINDER, 2)
        .hasNoIncidents();
    assertThat(jobTypesCreated(instance))
        .containsExactly(JOB_SEND_REMINDER, JOB_SEND_REMINDER, JOB_CREATE_ESCALATION);
  }

  @Test
  void resumedPastOverdueWithoutOffsetsStopsAtAnIncidentInsteadOfEscalating() throws Exception {
    // Portico passes reminderOffsets when it resumes past Mark invoice overdue (which sets the
    // default). Without them the flow must not skip the reminders: it stops at an incident, and
    // staff set the variable and retry.
    Instant dueAt = engineNow().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.remove(VAR_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 2);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(REMINDERS_LEFT_GATEWAY));

    IncidentAssert incident =
        BpmnAssert.assertThat(inspected(instance))
            .isActive()
            .hasAnyIncidents()
            .extractingLatestIncident()
            .hasErrorType(ErrorType.EXTRACT_VALUE_ERROR)
            .occurredOnElement(REMINDERS_LEFT_GATEWAY)
            .isUnresolved();
    assertThat(jobsCreated(instance, JOB_CREATE_ESCALATION)).isEmpty();

    client
        .newSetVariablesCommand(instance.getProcessInstanceKey())
        .variables(Map.of(VAR_REMINDER_OFFSETS, DEFAULT_REMINDER_OFFSETS))
        .send()
        .join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    engine.waitForIdleState(WAIT);

    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_NEXT_REMINDER);
    assertThat(dueDates(instance, REMINDER_DUE)).containsExactly(dueAt.plus(Duration.ofDays(7)));
  }

  @Test
  void resumedAtCreateDunningEscalation() throws Exception {
    Instant dueAt = engineNow().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 4);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(CREATE_ESCALATION));

    completeJob(instance, JOB_CREATE_ESCALATION, CREATE_ESCALATION, variables);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION);
    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            CREATE_ESCALATION,
            WAIT_AFTER_ESCALATION,
            PAYMENT_RECEIVED_GATEWAY,
            SEND_RECEIPT,
            PAID_END_EVENT)
        .hasNotPassedElement(START_EVENT)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobTypesCreated(instance)).containsExactly(JOB_CREATE_ESCALATION, JOB_SEND_RECEIPT);
  }

  @Test
  void resumedAtWaitForPaymentAfterEscalation() throws Exception {
    Instant dueAt = engineNow().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 4);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_AFTER_ESCALATION));

    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_AFTER_ESCALATION);
    advance(LONG_AFTER);
    engine.waitForIdleState(WAIT);
    assertThat(jobTypesCreated(instance)).as("no reminder or escalation again").isEmpty();

    BpmnAssert.assertThat(pay(variables, Duration.ZERO)).hasBeenCorrelated();
    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            WAIT_AFTER_ESCALATION, PAYMENT_RECEIVED_GATEWAY, SEND_RECEIPT, PAID_END_EVENT)
        .isCompleted()
        .hasNoIncidents();
  }

  @Test
  void resumedAtSendPaymentReceipt() throws Exception {
    Map<String, Object> variables =
        invoice(engineNow().minus(Duration.ofDays(2)), DEFAULT_REMINDER_OFFSETS);
    ProcessInstanceEvent instance = send(newInstance(variables).startBeforeElement(SEND_RECEIPT));

    completeJob(instance, JOB_SEND_RECEIPT, SEND_RECEIPT, variables);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(SEND_RECEIPT, PAID_END_EVENT)
        .hasNotPassedElement(WAIT_FOR_PAYMENT)
        .isCompleted()
        .hasNoIncidents();
    assertThat(jobTypesCreated(instance)).containsExactly(JOB_SEND_RECEIPT);
  }

  @Test
  void resumedFlowCanBeVoided() throws Exception {
    Instant dueAt = engineNow().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = invoice(dueAt, DEFAULT_REMINDER_OFFSETS);
    variables.put(VAR_REMINDER_INDEX, 2);
    ProcessInstanceEvent instance =
        send(newInstance(variables).startBeforeElement(WAIT_FOR_NEXT_REMINDER));

    voidInvoice(variables);

    assertVoided(instance, WAIT_FOR_NEXT_REMINDER);
    assertThat(timers(instance, REMINDER_DUE, TimerIntent.CANCELED)).hasSize(1);
  }

  /**
   * The instance ended in the voided event sub-process, which interrupted the element it was at,
   * and nothing more happens: no job is created afterwards, even long after every reminder would
   * have been due.
   */
  private void assertVoided(ProcessInstanceEvent instance, String interruptedElement)
      throws Exception {
    assertThat(terminatedElements(instance))
        .as("waits interrupted by a timer, then the element the voiding interrupted")
        .last()
        .isEqualTo(interruptedElement);
    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(VOIDED_START_EVENT, VOIDED_END_EVENT, VOIDED_SUB_PROCESS)
        .hasCorrelatedMessageByName(MSG_INVOICE_VOIDED, 1)
        .hasNotPassedElement(SEND_RECEIPT)
        .hasNotPassedElement(PAID_END_EVENT)
        .isCompleted()
        .hasNoIncidents();
    List<String> jobsSoFar = jobTypesCreated(instance);
    advance(LONG_AFTER);
    engine.waitForIdleState(WAIT);
    assertThat(jobTypesCreated(instance)).as("no job after voiding").isEqualTo(jobsSoFar);
    assertThat(jobsCreated(instance, JOB_SEND_RECEIPT)).isEmpty();
  }

  /** Moves the engine's clock forward to the moment (never back). */
  private void advanceTo(Instant moment) throws Exception {
    Duration ahead = Duration.between(engineNow(), moment);
    if (!ahead.isNegative() && !ahead.isZero()) {
      advance(ahead);
    }
    engine.waitForIdleState(WAIT);
  }

  private Instant dueIn(Duration duration) {
    return engineNow().plus(duration).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Start variables as Portico sends them when an invoice is sent. */
  private static Map<String, Object> invoice(Instant dueAt, List<String> reminderOffsets) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INVOICE_ID, newInvoiceId());
    variables.put(VAR_DUE_AT, dueAt.toString());
    variables.put(VAR_REMINDER_OFFSETS, reminderOffsets);
    return variables;
  }

  private static String newInvoiceId() {
    return UUID.randomUUID().toString();
  }

  /** The variables the reminder worker sees for reminder number {@code reminderIndex}. */
  private static Map<String, Object> atReminder(Map<String, Object> variables, int reminderIndex) {
    Map<String, Object> expected = new HashMap<>(variables);
    expected.put(VAR_REMINDER_INDEX, reminderIndex);
    return expected;
  }

  private PublishMessageResponse pay(Map<String, Object> variables, Duration timeToLive)
      throws Exception {
    return publish(MSG_INVOICE_PAID, (String) variables.get(VAR_INVOICE_ID), timeToLive);
  }

  private void voidInvoice(Map<String, Object> variables) throws Exception {
    BpmnAssert.assertThat(
            publish(MSG_INVOICE_VOIDED, (String) variables.get(VAR_INVOICE_ID), Duration.ZERO))
        .hasBeenCorrelated();
  }

  private PublishMessageResponse publish(String message, String correlationKey, Duration timeToLive)
      throws Exception {
    PublishMessageResponse response =
        client
            .newPublishMessageCommand()
            .messageName(message)
            .correlationKey(correlationKey)
            .timeToLive(timeToLive)
            .send()
            .join();
    engine.waitForIdleState(WAIT);
    return response;
  }

  /** Flow elements of the instance that were interrupted (terminated), in order. */
  private static List<String> terminatedElements(ProcessInstanceEvent instance) {
    return StreamSupport.stream(
            BpmnAssert.getRecordStream().processInstanceRecords().spliterator(), false)
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)
        .map(Record::getValue)
        .filter(v -> v.getProcessInstanceKey() == instance.getProcessInstanceKey())
        .filter(v -> v.getBpmnElementType() != BpmnElementType.PROCESS)
        .map(ProcessInstanceRecordValue::getElementId)
        .toList();
  }

  /** Types of the jobs created for the instance, in order. */
  private static List<String> jobTypesCreated(ProcessInstanceEvent instance) {
    return jobs(instance, JobIntent.CREATED).stream().map(JobRecordValue::getType).toList();
  }

  private static List<JobRecordValue> jobs(ProcessInstanceEvent instance, JobIntent intent) {
    return StreamSupport.stream(BpmnAssert.getRecordStream().jobRecords().spliterator(), false)
        .filter(r -> r.getIntent() == intent)
        .map(Record::getValue)
        .filter(j -> j.getProcessInstanceKey() == instance.getProcessInstanceKey())
        .toList();
  }

  /** Due dates of the timers created for the boundary event, oldest first. */
  private static List<Instant> dueDates(ProcessInstanceEvent instance, String boundaryEventId) {
    return timers(instance, boundaryEventId, TimerIntent.CREATED).stream()
        .map(t -> Instant.ofEpochMilli(t.getDueDate()))
        .toList();
  }
}
