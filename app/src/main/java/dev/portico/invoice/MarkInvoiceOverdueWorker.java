package dev.portico.invoice;

import dev.portico.processes.InvoiceDunningProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code mark-invoice-overdue}: the due moment passed unpaid: mark the invoice Overdue and
 * tell the client (nothing if it was paid or voided meanwhile). A failure (database, mail queue)
 * fails the job with retries and back-off; spent retries raise an incident owners retry on the
 * Engine page.
 */
@Component
public class MarkInvoiceOverdueWorker {

  private final InvoiceSteps steps;

  MarkInvoiceOverdueWorker(InvoiceSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = InvoiceDunningProcess.JOB_MARK_OVERDUE)
  public void handle(@Variable(name = InvoiceDunningProcess.VAR_INVOICE_ID) String invoiceId) {
    steps.markOverdue(UUID.fromString(invoiceId));
  }
}
