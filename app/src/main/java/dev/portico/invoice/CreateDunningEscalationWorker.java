package dev.portico.invoice;

import dev.portico.processes.InvoiceDunningProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code create-dunning-escalation}: every reminder went unanswered: a task to chase the
 * payment in the inbox of the project's lead (or the workspace owner), once. A failure (database,
 * mail queue) fails the job with retries and back-off; spent retries raise an incident owners retry
 * on the Engine page.
 */
@Component
public class CreateDunningEscalationWorker {

  private final InvoiceSteps steps;

  CreateDunningEscalationWorker(InvoiceSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = InvoiceDunningProcess.JOB_CREATE_ESCALATION)
  public void handle(@Variable(name = InvoiceDunningProcess.VAR_INVOICE_ID) String invoiceId) {
    steps.createEscalation(UUID.fromString(invoiceId));
  }
}
