package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code route-feedback}: the feedback becomes an item in the inbox of who answers for it. */
@Component
public class RouteFeedbackWorker {

  /** The item made for the feedback and when the client should have an answer (ISO). */
  public record Result(String taskId, String respondBy) {}

  private final FeedbackRouting routing;

  RouteFeedbackWorker(FeedbackRouting routing) {
    this.routing = routing;
  }

  @JobWorker(type = FeedbackRoutingProcess.JOB_ROUTE_FEEDBACK)
  public Result routeFeedback(
      @Variable(name = FeedbackRoutingProcess.VAR_FEEDBACK_ID) String feedbackId) {
    FeedbackRouting.Routed routed = routing.route(UUID.fromString(feedbackId));
    return new Result(routed.taskId().toString(), routed.respondBy().toString());
  }
}
