package dev.portico.processes;

import java.util.List;

/**
 * Names in {@code invoice-dunning.bpmn}, shared by workers, services and tests.
 *
 * <p>The flow: send the invoice mail → wait for payment until the due moment → mark Overdue (the
 * client is told) → one reminder per entry of {@link #VAR_REMINDER_OFFSETS} (durations after the
 * due moment) → an escalation item in the staff inbox → wait for payment without end. A payment
 * ({@link #MSG_INVOICE_PAID}) at any waiting point ends the chase with a receipt; voiding ({@link
 * #MSG_INVOICE_VOIDED}) ends it at any point.
 */
public final class InvoiceDunningProcess {

  public static final String ID = "invoice-dunning";
  public static final String RESOURCE = "processes/invoice-dunning.bpmn";

  public static final String VAR_INVOICE_ID = "invoiceId";

  /** ISO date-time at which an unpaid invoice becomes Overdue (computed by the domain). */
  public static final String VAR_DUE_AT = "dueAt";

  /** List of ISO durations after {@link #VAR_DUE_AT}, one reminder each; default P3D, P7D, P14D. */
  public static final String VAR_REMINDER_OFFSETS = "reminderOffsets";

  /** 1-based index into {@link #VAR_REMINDER_OFFSETS} of the next reminder. */
  public static final String VAR_REMINDER_INDEX = "reminderIndex";

  public static final String JOB_SEND_INVOICE_MAIL = "send-invoice-mail";
  public static final String JOB_MARK_OVERDUE = "mark-invoice-overdue";
  public static final String JOB_SEND_REMINDER = "send-payment-reminder";
  public static final String JOB_CREATE_ESCALATION = "create-dunning-escalation";
  public static final String JOB_SEND_RECEIPT = "send-payment-receipt";

  public static final String MSG_INVOICE_PAID = "invoice-paid";
  public static final String MSG_INVOICE_VOIDED = "invoice-voided";

  public static final String START_EVENT = "InvoiceSentStartEvent";
  public static final String SEND_INVOICE_MAIL = "SendInvoiceMailTask";
  public static final String WAIT_FOR_PAYMENT = "WaitForPaymentTask";
  public static final String DUE_DATE_REACHED = "DueDateReachedBoundaryEvent";
  public static final String MARK_OVERDUE = "MarkInvoiceOverdueTask";

  /** Joins the way in from {@link #MARK_OVERDUE} and the way back after each reminder. */
  public static final String REMINDER_LOOP_GATEWAY = "ReminderLoopGateway";

  public static final String REMINDERS_LEFT_GATEWAY = "RemindersLeftGateway";
  public static final String WAIT_FOR_NEXT_REMINDER = "WaitForPaymentBeforeReminderTask";
  public static final String REMINDER_DUE = "ReminderDueBoundaryEvent";
  public static final String SEND_REMINDER = "SendPaymentReminderTask";
  public static final String CREATE_ESCALATION = "CreateDunningEscalationTask";
  public static final String WAIT_AFTER_ESCALATION = "WaitForPaymentAfterEscalationTask";

  /** Joins the payments received at the three waiting points. */
  public static final String PAYMENT_RECEIVED_GATEWAY = "PaymentReceivedGateway";

  public static final String SEND_RECEIPT = "SendPaymentReceiptTask";
  public static final String PAID_END_EVENT = "InvoicePaidEndEvent";
  public static final String VOIDED_SUB_PROCESS = "InvoiceVoidedSubProcess";
  public static final String VOIDED_START_EVENT = "InvoiceVoidedStartEvent";
  public static final String VOIDED_END_EVENT = "InvoiceVoidedEndEvent";

  public static final List<String> DEFAULT_REMINDER_OFFSETS = List.of("P3D", "P7D", "P14D");

  private InvoiceDunningProcess() {}
}
