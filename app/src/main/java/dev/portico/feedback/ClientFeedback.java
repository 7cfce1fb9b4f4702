package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.PortalProjects;
import dev.portico.shared.engine.AfterCommit;
import dev.portico.shared.engine.FlowResumer;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import io.camunda.client.CamundaClient;
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
 * for the project lead. The feedback row without a task is the record that routing is pending, so a
 * start that failed or was lost in a restart is made again from the database.
 */
@Service
@Validated
public class ClientFeedback implements FlowResumer {

  private static final Logger log = LoggerFactory.getLogger(ClientFeedback.class);

  private final Feedbacks feedbacks;
  private final PortalProjects portalProjects;
  private final CurrentUser currentUser;
  private final CamundaClient engine;
  private final Clock clock;

  ClientFeedback(
      Feedbacks feedbacks,
      PortalProjects portalProjects,
      CurrentUser currentUser,
      CamundaClient engine,
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
    AfterCommit.run("Feedback routing start", () -> startRouting(id));
    return id;
  }

  @Override
  public void resumeInFlightFlows() {
    feedbacks.findByTaskIdIsNull().forEach(f -> startRouting(f.getId()));
  }

  void startRouting(UUID feedbackId) {
    try {
      engine
          .newCreateInstanceCommand()
          .bpmnProcessId(FeedbackRoutingProcess.ID)
          .latestVersion()
          .variables(Map.of(FeedbackRoutingProcess.VAR_FEEDBACK_ID, feedbackId.toString()))
          .send()
          .join();
      log.info("Feedback {} routing started", feedbackId);
    } catch (RuntimeException e) {
      log.warn(
          "Feedback {} routing could not start now; it is retried on the next start-up",
          feedbackId,
          e);
    }
  }
}
