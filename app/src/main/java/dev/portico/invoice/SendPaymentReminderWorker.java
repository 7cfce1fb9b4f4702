package dev.portico.invoice;

import dev.portico.processes.InvoiceDunningProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code send-payment-reminder}: payment reminder number {@code reminderIndex} to the client,
 * once per invoice and number. A failure (database, mail queue) fails the job with retries and
 * back-off; spent retries raise an incident owners retry on the Engine page.
 */
@Component
public class SendPaymentReminderWorker {

  private final InvoiceSteps steps;

  SendPaymentReminderWorker(InvoiceSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = InvoiceDunningProcess.JOB_SEND_REMINDER)
  public void handle(
      @Variable(name = InvoiceDunningProcess.VAR_INVOICE_ID) String invoiceId,
      @Variable(name = InvoiceDunningProcess.VAR_REMINDER_INDEX) int reminderIndex) {
    steps.sendReminder(UUID.fromString(invoiceId), reminderIndex);
  }
}
