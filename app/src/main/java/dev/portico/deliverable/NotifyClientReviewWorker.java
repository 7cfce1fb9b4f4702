package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code notify-client-review}: tell the client contacts a version is ready. */
@Component
public class NotifyClientReviewWorker {

  private final DeliverableSteps steps;

  NotifyClientReviewWorker(DeliverableSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DeliverableReviewProcess.JOB_NOTIFY_CLIENT)
  public void handle(
      @Variable(name = DeliverableReviewProcess.VAR_DELIVERABLE_ID) String deliverableId,
      @Variable(name = DeliverableReviewProcess.VAR_VERSION_ID) String versionId) {
    steps.notifyClient(UUID.fromString(deliverableId), UUID.fromString(versionId));
  }
}
