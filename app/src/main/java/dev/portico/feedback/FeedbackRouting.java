package dev.portico.feedback;

import dev.portico.project.LeadInbox;
import dev.portico.shared.NotFoundException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns one feedback into one task for the project lead, however often it is asked to. */
@Service
public class FeedbackRouting {

  private static final Logger log = LoggerFactory.getLogger(FeedbackRouting.class);
  private static final int TITLE_CHARS = 60;

  private final Feedbacks feedbacks;
  private final LeadInbox inbox;

  FeedbackRouting(Feedbacks feedbacks, LeadInbox inbox) {
    this.feedbacks = feedbacks;
    this.inbox = inbox;
  }

  /** Idempotent on the feedback id: a second call returns the task made by the first. */
  @Transactional
  public UUID routeToLead(UUID feedbackId) {
    Feedback feedback =
        feedbacks.lockById(feedbackId).orElseThrow(() -> new NotFoundException("Feedback"));
    if (feedback.getTaskId() != null) {
      return feedback.getTaskId();
    }
    String body = feedback.getBody().replaceAll("\\s+", " ");
    String title =
        "Client feedback: "
            + (body.length() > TITLE_CHARS ? body.substring(0, TITLE_CHARS) + "…" : body);
    UUID taskId =
        inbox.addTaskForLead(
            feedback.getWorkspaceId(), feedback.getProjectId(), title, feedback.getBody());
    feedback.routedTo(taskId);
    log.info("Feedback {} routed to the project lead as task {}", feedbackId, taskId);
    return taskId;
  }
}
