package dev.portico.invoice;

import dev.portico.processes.InvoiceDunningProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code send-payment-receipt}: the invoice is paid in full: a receipt with the paid invoice
 * to the client, once. A failure (database, mail queue) fails the job with retries and back-off;
 * spent retries raise an incident owners retry on the Engine page.
 */
@Component
public class SendPaymentReceiptWorker {

  private final InvoiceSteps steps;

  SendPaymentReceiptWorker(InvoiceSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = InvoiceDunningProcess.JOB_SEND_RECEIPT)
  public void handle(@Variable(name = InvoiceDunningProcess.VAR_INVOICE_ID) String invoiceId) {
    steps.sendReceipt(UUID.fromString(invoiceId));
  }
}
