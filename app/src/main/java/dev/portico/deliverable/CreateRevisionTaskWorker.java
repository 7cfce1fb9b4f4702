package dev.portico.deliverable;

import dev.portico.processes.DeliverableReviewProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code create-revision-task}: the lead gets a revision task with the client's feedback. */
@Component
public class CreateRevisionTaskWorker {

  private final DeliverableSteps steps;

  CreateRevisionTaskWorker(DeliverableSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DeliverableReviewProcess.JOB_CREATE_REVISION_TASK)
  public void handle(
      @Variable(name = DeliverableReviewProcess.VAR_DELIVERABLE_ID) String deliverableId,
      @Variable(name = DeliverableReviewProcess.VAR_ROUND) int round,
      @Variable(name = DeliverableReviewProcess.VAR_INCLUDED_ROUNDS) int includedRounds) {
    steps.createRevisionTask(UUID.fromString(deliverableId), round, includedRounds);
  }
}
