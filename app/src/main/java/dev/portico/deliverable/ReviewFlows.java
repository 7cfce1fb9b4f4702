package dev.portico.deliverable;

import static dev.portico.processes.DeliverableReviewProcess.*;

import dev.portico.shared.engine.AfterCommit;
import dev.portico.shared.engine.FlowResumer;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Talks to the engine about reviews, always after the database change has committed, and resumes
 * reviews in flight at their waiting point after a restart.
 */
@Service
class ReviewFlows implements FlowResumer {

  private static final Logger log = LoggerFactory.getLogger(ReviewFlows.class);
  private static final Duration MESSAGE_TTL = Duration.ofHours(1);

  private final CamundaClient engine;
  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final WorkspaceSettings workspaces;

  ReviewFlows(
      CamundaClient engine,
      Deliverables deliverables,
      DeliverableVersions versions,
      WorkspaceSettings workspaces) {
    this.engine = engine;
    this.deliverables = deliverables;
    this.versions = versions;
    this.workspaces = workspaces;
  }

  void startAfterCommit(Deliverable d, DeliverableVersion v, String mode) {
    Map<String, Object> variables = variables(d, v, mode);
    AfterCommit.run(
        "Review engine call",
        () ->
            engine
                .newCreateInstanceCommand()
                .bpmnProcessId(ID)
                .latestVersion()
                .variables(variables)
                .send()
                .join());
  }

  void newVersionReadyAfterCommit(Deliverable d, DeliverableVersion v) {
    Map<String, Object> variables =
        Map.of(
            VAR_VERSION_ID,
            v.getId().toString(),
            VAR_ROUND,
            d.getRound(),
            VAR_READY_AT,
            v.getReadyAt().toString());
    AfterCommit.run(
        "Review engine call",
        () ->
            engine
                .newPublishMessageCommand()
                .messageName(MSG_NEW_VERSION_READY)
                .correlationKey(d.getId().toString())
                .variables(variables)
                .timeToLive(MESSAGE_TTL)
                .send()
                .join());
  }

  void decidedAfterCommit(UUID deliverableId, String decision) {
    AfterCommit.run(
        "Review engine call",
        () ->
            engine
                .newPublishMessageCommand()
                .messageName(MSG_DELIVERABLE_DECIDED)
                .correlationKey(deliverableId.toString())
                .variables(Map.of(VAR_DECISION, decision))
                .timeToLive(MESSAGE_TTL)
                .send()
                .join());
  }

  @Override
  public void resumeInFlightFlows() {
    for (Deliverable d :
        deliverables.findByStatusIn(
            List.of(DeliverableStatus.IN_REVIEW, DeliverableStatus.CHANGES_REQUESTED))) {
      DeliverableVersion current = versions.findById(d.getCurrentVersionId()).orElse(null);
      if (current == null || current.getReadyAt() == null) {
        continue;
      }
      String at =
          d.getStatus() == DeliverableStatus.IN_REVIEW ? WAIT_FOR_DECISION : WAIT_FOR_NEW_VERSION;
      try {
        engine
            .newCreateInstanceCommand()
            .bpmnProcessId(ID)
            .latestVersion()
            .variables(variables(d, current, MODE_INTERACTIVE))
            .startBeforeElement(at)
            .send()
            .join();
        log.info("Review of deliverable {} resumed at {}", d.getId(), at);
      } catch (RuntimeException e) {
        log.error("Review of deliverable {} could not be resumed", d.getId(), e);
      }
    }
  }

  private Map<String, Object> variables(Deliverable d, DeliverableVersion v, String mode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DELIVERABLE_ID, d.getId().toString());
    variables.put(VAR_VERSION_ID, v.getId().toString());
    variables.put(VAR_ROUND, d.getRound());
    variables.put(VAR_REVIEW_MODE, mode);
    variables.put(
        VAR_READY_AT, (v.getReadyAt() == null ? Instant.now() : v.getReadyAt()).toString());
    WorkspacePolicy policy = workspaces.policyOf(d.getWorkspaceId());
    variables.put(VAR_REMINDER_INTERVAL, policy.reviewReminderInterval());
    variables.put(VAR_REVIEW_WINDOW, policy.reviewWindow());
    variables.put(VAR_INCLUDED_ROUNDS, policy.includedRevisionRounds());
    return variables;
  }
}
