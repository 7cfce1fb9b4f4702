package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code send-review-reminder}: remind a silent client; each timer firing mails once. */
@Component
public class SendReviewReminderWorker {

  private final DeliverableSteps steps;

  SendReviewReminderWorker(DeliverableSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DeliverableReviewProcess.JOB_SEND_REMINDER)
  public void handle(
      ActivatedJob job,
      @Variable(name = DeliverableReviewProcess.VAR_DELIVERABLE_ID) String deliverableId,
      @Variable(name = DeliverableReviewProcess.VAR_VERSION_ID) String versionId) {
    // The element instance is the same for every redelivery of this reminder, new for the next one.
    steps.sendReminder(
        UUID.fromString(deliverableId), UUID.fromString(versionId), job.getElementInstanceKey());
  }
}
