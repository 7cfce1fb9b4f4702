package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code send-feedback-answer}: the client is mailed the agency's answer. */
@Component
public class SendFeedbackAnswerWorker {

  private final FeedbackRouting routing;

  SendFeedbackAnswerWorker(FeedbackRouting routing) {
    this.routing = routing;
  }

  @JobWorker(type = FeedbackRoutingProcess.JOB_SEND_ANSWER)
  public void mailAnswer(
      @Variable(name = FeedbackRoutingProcess.VAR_FEEDBACK_ID) String feedbackId) {
    routing.mailAnswer(UUID.fromString(feedbackId));
  }
}
