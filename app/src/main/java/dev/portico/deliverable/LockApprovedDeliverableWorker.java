package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code lock-approved-deliverable}: the approval is recorded and locked; tell the lead,
 * complete what it delivers.
 */
@Component
public class LockApprovedDeliverableWorker {

  private final DeliverableSteps steps;

  LockApprovedDeliverableWorker(DeliverableSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DeliverableReviewProcess.JOB_LOCK_APPROVED)
  public void handle(
      @Variable(name = DeliverableReviewProcess.VAR_DELIVERABLE_ID) String deliverableId) {
    steps.completeApproval(UUID.fromString(deliverableId));
  }
}
