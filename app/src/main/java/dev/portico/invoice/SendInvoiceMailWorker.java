package dev.portico.invoice;

import dev.portico.processes.InvoiceDunningProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code send-invoice-mail}: mail the sent invoice with its PDF to the client's billing
 * contacts, once. A failure (database, mail queue) fails the job with retries and back-off; spent
 * retries raise an incident owners retry on the Engine page.
 */
@Component
public class SendInvoiceMailWorker {

  private final InvoiceSteps steps;

  SendInvoiceMailWorker(InvoiceSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = InvoiceDunningProcess.JOB_SEND_INVOICE_MAIL)
  public void handle(@Variable(name = InvoiceDunningProcess.VAR_INVOICE_ID) String invoiceId) {
    steps.sendInvoiceMail(UUID.fromString(invoiceId));
  }
}
