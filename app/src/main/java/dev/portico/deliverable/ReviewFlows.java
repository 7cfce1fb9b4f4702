package dev.portico.deliverable;

import static dev.portico.processes.DeliverableReviewProcess.*;

import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Tells the engine about reviews through the engine outbox (in the transaction of the change), and
 * resumes reviews in flight at their waiting point after a restart.
 */
@Service
class ReviewFlows implements FlowResumer {

  private final EngineCommands engine;
  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final WorkspaceSettings workspaces;

  ReviewFlows(
      EngineCommands engine,
      Deliverables deliverables,
      DeliverableVersions versions,
      WorkspaceSettings workspaces) {
    this.engine = engine;
    this.deliverables = deliverables;
    this.versions = versions;
    this.workspaces = workspaces;
  }

  void start(Deliverable d, DeliverableVersion v, String mode) {
    engine.startFlow(d.getWorkspaceId(), ID, d.getId().toString(), variables(d, v, mode));
  }

  void newVersionReady(Deliverable d, DeliverableVersion v) {
    engine.publish(
        d.getWorkspaceId(),
        ID,
        MSG_NEW_VERSION_READY,
        d.getId().toString(),
        MSG_NEW_VERSION_READY + ":" + v.getId(),
        Map.of(
            VAR_VERSION_ID,
            v.getId().toString(),
            VAR_ROUND,
            d.getRound(),
            VAR_READY_AT,
            v.getReadyAt().toString()));
  }

  /** One decision per version: the version id makes the message id. */
  void decided(Deliverable d, UUID versionId, String decision) {
    engine.publish(
        d.getWorkspaceId(),
        ID,
        MSG_DELIVERABLE_DECIDED,
        d.getId().toString(),
        MSG_DELIVERABLE_DECIDED + ":" + versionId,
        Map.of(VAR_DECISION, decision));
  }

  /**
   * In review: (again) tell the client, then wait; the mail goes once per version and contact.
   * Changes requested: (again) create the revision task, once per round, then wait. Approved but
   * not completed: lock step again (tells the lead once).
   */
  @Override
  public int resumeInFlightFlows() {
    return resumeEach(
        engine,
        deliverables.findByStatusIn(
            List.of(
                DeliverableStatus.IN_REVIEW,
                DeliverableStatus.CHANGES_REQUESTED,
                DeliverableStatus.APPROVED)),
        Deliverable::getId,
        this::resumption);
  }

  private Resumption resumption(Deliverable d) {
    DeliverableVersion current = versions.findById(d.getCurrentVersionId()).orElse(null);
    if (current == null || current.getReadyAt() == null) {
      return null;
    }
    String at =
        switch (d.getStatus()) {
          case IN_REVIEW -> NOTIFY_CLIENT;
          case CHANGES_REQUESTED -> CREATE_REVISION_TASK;
          default -> deliverables.approvalCompleted(d.getId()) ? null : LOCK_APPROVED;
        };
    return at == null
        ? null
        : new Resumption(
            d.getWorkspaceId(), d.getId().toString(), at, variables(d, current, MODE_INTERACTIVE));
  }

  @Override
  public String processId() {
    return ID;
  }

  @Override
  public Set<String> resumesAt() {
    return Set.of(NOTIFY_CLIENT, CREATE_REVISION_TASK, LOCK_APPROVED);
  }

  /** In review: waits for the client; changes requested: for a new version. */
  @Override
  public Map<String, Long> waiting(UUID workspaceId) {
    Map<String, Long> waiting = new TreeMap<>();
    for (Deliverable d :
        deliverables.findByStatusIn(
            List.of(DeliverableStatus.IN_REVIEW, DeliverableStatus.CHANGES_REQUESTED))) {
      if (d.getWorkspaceId().equals(workspaceId)) {
        waiting.merge(
            d.getStatus() == DeliverableStatus.IN_REVIEW ? WAIT_FOR_DECISION : WAIT_FOR_NEW_VERSION,
            1L,
            Long::sum);
      }
    }
    return waiting;
  }

  private Map<String, Object> variables(Deliverable d, DeliverableVersion v, String mode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DELIVERABLE_ID, d.getId().toString());
    variables.put(VAR_VERSION_ID, v.getId().toString());
    variables.put(VAR_ROUND, d.getRound());
    variables.put(VAR_REVIEW_MODE, mode);
    variables.put(VAR_READY_AT, v.getReadyAt().toString());
    WorkspacePolicy policy = workspaces.policyOf(d.getWorkspaceId());
    variables.put(VAR_REMINDER_INTERVAL, policy.reviewReminderInterval());
    variables.put(VAR_REVIEW_WINDOW, policy.reviewWindow());
    variables.put(VAR_INCLUDED_ROUNDS, policy.includedRevisionRounds());
    return variables;
  }
}
