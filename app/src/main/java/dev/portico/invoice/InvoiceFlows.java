package dev.portico.invoice;

import static dev.portico.processes.InvoiceDunningProcess.*;

import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Tells the engine about invoices through the engine outbox (in the transaction of the change):
 * starts the dunning flow when an invoice is sent, publishes payments and voids; after a restart
 * resumes each chase in flight at its waiting point, from the invoice's own state.
 */
@Service
class InvoiceFlows implements FlowResumer {

  private final EngineCommands engine;
  private final Invoices invoices;

  InvoiceFlows(EngineCommands engine, Invoices invoices) {
    this.engine = engine;
    this.invoices = invoices;
  }

  void start(Invoice invoice) {
    engine.startFlow(
        invoice.getWorkspaceId(), ID, invoice.getId().toString(), variables(invoice, 1));
  }

  /** Paid in full happens once per invoice: the invoice id makes the message id. */
  void paid(Invoice invoice) {
    publish(invoice, MSG_INVOICE_PAID);
  }

  void voided(Invoice invoice) {
    publish(invoice, MSG_INVOICE_VOIDED);
  }

  private void publish(Invoice invoice, String message) {
    engine.publish(
        invoice.getWorkspaceId(),
        ID,
        message,
        invoice.getId().toString(),
        message + ":" + invoice.getId(),
        Map.of());
  }

  /**
   * Sent, not mailed yet: from the start (the mail goes once). Sent: wait for payment (a due moment
   * that passed meanwhile fires at once). Overdue with reminders left: wait for the next one.
   * Overdue, all reminders sent: the escalation, or the wait after it. Paid without receipt: the
   * receipt.
   */
  @Override
  public int resumeInFlightFlows() {
    return resumeEach(engine, invoices.inFlight(), Invoice::getId, InvoiceFlows::resumption);
  }

  @Override
  public String processId() {
    return ID;
  }

  @Override
  public Set<String> resumesAt() {
    return Set.of(
        WAIT_FOR_PAYMENT,
        WAIT_FOR_NEXT_REMINDER,
        CREATE_ESCALATION,
        WAIT_AFTER_ESCALATION,
        SEND_RECEIPT);
  }

  /** Sent: waits for payment; overdue: for payment before the next reminder or after escalation. */
  @Override
  public Map<String, Long> waiting(UUID workspaceId) {
    Map<String, Long> waiting = new TreeMap<>();
    for (Invoice i : invoices.inFlight()) {
      if (!i.getWorkspaceId().equals(workspaceId)) {
        continue;
      }
      String at =
          switch (i.getStatus()) {
            case SENT -> WAIT_FOR_PAYMENT;
            case OVERDUE ->
                i.getRemindersSent() < i.getReminderOffsetList().size()
                    ? WAIT_FOR_NEXT_REMINDER
                    : WAIT_AFTER_ESCALATION;
            default -> null;
          };
      if (at != null) {
        waiting.merge(at, 1L, Long::sum);
      }
    }
    return waiting;
  }

  /**
   * Starts the invoice's flow at the point its state says it waits, unless the engine runs it.
   *
   * @return whether a start was queued
   */
  boolean resume(Invoice i) {
    Resumption r = resumption(i);
    return engine.resume(r.workspaceId(), ID, r.businessKey(), r.startBefore(), r.variables());
  }

  private static Resumption resumption(Invoice i) {
    int next = i.getRemindersSent() + 1;
    String at =
        switch (i.getStatus()) {
          case SENT -> i.getMailedAt() == null ? null : WAIT_FOR_PAYMENT;
          case OVERDUE ->
              next <= i.getReminderOffsetList().size()
                  ? WAIT_FOR_NEXT_REMINDER
                  : i.getEscalatedAt() == null ? CREATE_ESCALATION : WAIT_AFTER_ESCALATION;
          case PAID -> SEND_RECEIPT;
          default -> throw new IllegalStateException("Not in flight: " + i.getStatus());
        };
    return new Resumption(i.getWorkspaceId(), i.getId().toString(), at, variables(i, next));
  }

  private static Map<String, Object> variables(Invoice invoice, int reminderIndex) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INVOICE_ID, invoice.getId().toString());
    variables.put(VAR_DUE_AT, invoice.getDueAt().toString());
    variables.put(VAR_REMINDER_OFFSETS, invoice.getReminderOffsetList());
    variables.put(VAR_REMINDER_INDEX, reminderIndex);
    return variables;
  }
}
