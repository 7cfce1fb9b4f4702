package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code notify-review-overdue}: tell the lead the review window passed. */
@Component
public class NotifyReviewOverdueWorker {

  private final DeliverableSteps steps;

  NotifyReviewOverdueWorker(DeliverableSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DeliverableReviewProcess.JOB_NOTIFY_REVIEW_OVERDUE)
  public void handle(
      @Variable(name = DeliverableReviewProcess.VAR_DELIVERABLE_ID) String deliverableId,
      @Variable(name = DeliverableReviewProcess.VAR_VERSION_ID) String versionId) {
    steps.notifyOverdue(UUID.fromString(deliverableId), UUID.fromString(versionId));
  }
}
