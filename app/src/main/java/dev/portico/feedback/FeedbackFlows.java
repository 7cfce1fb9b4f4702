package dev.portico.feedback;

import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.project.LeadInbox;
import dev.portico.project.Task;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Starts again, from the database, each feedback flow the engine lost: at its start when not
 * routed, at the mail to the assignee or the wait for an answer while open, at the answer mail once
 * handled but the client not yet told. Timers come from the item's stored answer time, so a resumed
 * flow keeps its date.
 */
@Component
class FeedbackFlows implements FlowResumer {

  private final Feedbacks feedbacks;
  private final LeadInbox inbox;
  private final EngineCommands engine;

  FeedbackFlows(Feedbacks feedbacks, LeadInbox inbox, EngineCommands engine) {
    this.feedbacks = feedbacks;
    this.inbox = inbox;
    this.engine = engine;
  }

  @Override
  public int resumeInFlightFlows() {
    return resumeEach(engine, feedbacks.inFlight(), Feedback::getId, this::resumption);
  }

  @Override
  public String processId() {
    return FeedbackRoutingProcess.ID;
  }

  @Override
  public Set<String> resumesAt() {
    return Set.of(
        FeedbackRoutingProcess.SEND_ANSWER,
        FeedbackRoutingProcess.NOTIFY_ASSIGNEE,
        FeedbackRoutingProcess.WAIT_FOR_HANDLING);
  }

  /** Routed to someone and not handled yet: waits for handling. */
  @Override
  public Map<String, Long> waiting(UUID workspaceId) {
    Map<String, Long> waiting = new TreeMap<>();
    for (Feedback f : feedbacks.inFlight()) {
      if (f.getWorkspaceId().equals(workspaceId)
          && f.getTaskId() != null
          && inbox.item(workspaceId, f.getTaskId()).filter(t -> !t.isDone()).isPresent()) {
        waiting.merge(FeedbackRoutingProcess.WAIT_FOR_HANDLING, 1L, Long::sum);
      }
    }
    return waiting;
  }

  private Resumption resumption(Feedback f) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FeedbackRoutingProcess.VAR_FEEDBACK_ID, f.getId().toString());
    String at = null;
    Optional<Task> item =
        f.getTaskId() == null ? Optional.empty() : inbox.item(f.getWorkspaceId(), f.getTaskId());
    if (item.isPresent()) {
      Task t = item.get();
      variables.put(FeedbackRoutingProcess.VAR_TASK_ID, t.getId().toString());
      variables.put(FeedbackRoutingProcess.VAR_RESPOND_BY, t.getRespondBy().toString());
      if (t.isDone()) {
        at = FeedbackRoutingProcess.SEND_ANSWER;
      } else if (f.getAssigneeNotifiedAt() == null) {
        at = FeedbackRoutingProcess.NOTIFY_ASSIGNEE;
      } else {
        at = FeedbackRoutingProcess.WAIT_FOR_HANDLING;
      }
    }
    return new Resumption(f.getWorkspaceId(), f.getId().toString(), at, variables);
  }
}
