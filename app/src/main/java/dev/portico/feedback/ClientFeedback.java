package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.PortalProjects;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A client sends feedback on a project; the {@code feedback-routing} process turns it into a task
 * for the project lead. The start is queued in the engine outbox with the feedback; a feedback row
 * without a task is the record that routing is pending, so a flow lost with an engine's state is
 * started again from the database.
 */
@Service
@Validated
public class ClientFeedback implements FlowResumer {

  private static final Logger log = LoggerFactory.getLogger(ClientFeedback.class);

  private final Feedbacks feedbacks;
  private final PortalProjects portalProjects;
  private final CurrentUser currentUser;
  private final EngineCommands engine;
  private final Clock clock;

  ClientFeedback(
      Feedbacks feedbacks,
      PortalProjects portalProjects,
      CurrentUser currentUser,
      EngineCommands engine,
      Clock clock) {
    this.feedbacks = feedbacks;
    this.portalProjects = portalProjects;
    this.currentUser = currentUser;
    this.engine = engine;
    this.clock = clock;
  }

  @Transactional
  @PreAuthorize("hasRole('CLIENT')")
  public UUID send(
      UUID projectId,
      @NotBlank(message = "Write your feedback first")
          @Size(max = 10000, message = "At most 10000 characters")
          String body) {
    portalProjects.project(projectId); // not found unless it is one of the client's projects
    SessionUser me = currentUser.require();
    Feedback feedback =
        feedbacks.save(
            new Feedback(me.workspaceId(), projectId, me.accountId(), body, clock.instant()));
    UUID id = feedback.getId();
    engine.startFlow(me.workspaceId(), FeedbackRoutingProcess.ID, id.toString(), variables(id));
    return id;
  }

  @Override
  public int resumeInFlightFlows() {
    int resumed = 0;
    for (Feedback f : feedbacks.findByTaskIdIsNull()) {
      try {
        resumed +=
            engine.resume(
                    f.getWorkspaceId(),
                    FeedbackRoutingProcess.ID,
                    f.getId().toString(),
                    null,
                    variables(f.getId()))
                ? 1
                : 0;
      } catch (RuntimeException e) {
        log.error("Routing of feedback {} could not be resumed", f.getId(), e);
      }
    }
    return resumed;
  }

  private static Map<String, Object> variables(UUID feedbackId) {
    return Map.of(FeedbackRoutingProcess.VAR_FEEDBACK_ID, feedbackId.toString());
  }
}
