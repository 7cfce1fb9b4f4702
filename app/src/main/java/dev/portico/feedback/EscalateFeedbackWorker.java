package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code escalate-feedback}: the answer time passed; the workspace owner is told. */
@Component
public class EscalateFeedbackWorker {

  private final FeedbackRouting routing;

  EscalateFeedbackWorker(FeedbackRouting routing) {
    this.routing = routing;
  }

  @JobWorker(type = FeedbackRoutingProcess.JOB_ESCALATE)
  public void escalate(@Variable(name = FeedbackRoutingProcess.VAR_FEEDBACK_ID) String feedbackId) {
    routing.escalate(UUID.fromString(feedbackId));
  }
}
