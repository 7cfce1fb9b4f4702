package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code create-feedback-task}: the feedback becomes a task in the lead's inbox. */
@Component
public class CreateFeedbackTaskWorker {

  /** The task made for the feedback. */
  public record Result(String taskId) {}

  private final FeedbackRouting routing;

  CreateFeedbackTaskWorker(FeedbackRouting routing) {
    this.routing = routing;
  }

  @JobWorker(type = FeedbackRoutingProcess.JOB_CREATE_FEEDBACK_TASK)
  public Result createFeedbackTask(
      @Variable(name = FeedbackRoutingProcess.VAR_FEEDBACK_ID) String feedbackId) {
    return new Result(routing.routeToLead(UUID.fromString(feedbackId)).toString());
  }
}
