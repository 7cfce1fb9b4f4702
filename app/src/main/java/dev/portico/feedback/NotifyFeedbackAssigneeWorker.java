package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code notify-feedback-assignee}: the assignee hears of the feedback by mail. */
@Component
public class NotifyFeedbackAssigneeWorker {

  private final FeedbackRouting routing;

  NotifyFeedbackAssigneeWorker(FeedbackRouting routing) {
    this.routing = routing;
  }

  @JobWorker(type = FeedbackRoutingProcess.JOB_NOTIFY_ASSIGNEE)
  public void notifyAssignee(
      @Variable(name = FeedbackRoutingProcess.VAR_FEEDBACK_ID) String feedbackId) {
    routing.notifyAssignee(UUID.fromString(feedbackId));
  }
}
