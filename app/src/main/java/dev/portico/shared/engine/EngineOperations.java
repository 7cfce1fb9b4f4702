package dev.portico.shared.engine;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What an owner sees and does about the engine: commands waiting in the outbox, incidents of the
 * workspace's flows with "retry", and resuming flows the engine lost. Only the owner's workspace.
 */
@Service
@PreAuthorize("hasRole('OWNER')")
public class EngineOperations {

  private static final Logger log = LoggerFactory.getLogger(EngineOperations.class);
  private static final int SHOWN = 50;

  /** An incident of one of the workspace's flows. */
  public record FlowIncident(
      long key,
      String processId,
      String businessKey,
      String elementId,
      String errorType,
      String message,
      Instant createdAt,
      boolean jobFailed) {}

  /** The outbox as owners see it. */
  public record Relay(
      int pending,
      Duration oldestAge,
      boolean degraded,
      List<EngineOutbox.WaitingCommand> waiting) {}

  private final EngineOutbox outbox;
  private final EngineIncidents incidents;
  private final FlowRegistry flows;
  private final EngineStartup startup;
  private final CamundaClient engine;
  private final CurrentUser currentUser;
  private final Duration degradedAfter;
  private final int retries;

  EngineOperations(
      EngineOutbox outbox,
      EngineIncidents incidents,
      FlowRegistry flows,
      EngineStartup startup,
      CamundaClient engine,
      CurrentUser currentUser,
      @Value("${portico.engine.outbox.degraded-after:PT5M}") Duration degradedAfter,
      @Value("${portico.engine.incident-retries:3}") int retries) {
    this.outbox = outbox;
    this.incidents = incidents;
    this.flows = flows;
    this.startup = startup;
    this.engine = engine;
    this.currentUser = currentUser;
    this.degradedAfter = degradedAfter;
    this.retries = retries;
  }

  public Relay relay() {
    UUID workspaceId = currentUser.require().workspaceId();
    EngineOutbox.Backlog backlog = outbox.backlog(workspaceId);
    return new Relay(
        backlog.pending(),
        backlog.oldestAge(),
        backlog.oldestAge().compareTo(degradedAfter) > 0,
        outbox.waiting(workspaceId, SHOWN));
  }

  /** Sends a waiting command now rather than after its back-off. */
  public void sendNow(UUID commandId) {
    if (!outbox.retryNow(currentUser.require().workspaceId(), commandId)) {
      throw new NotFoundException("Engine command");
    }
  }

  public List<FlowIncident> incidents() {
    UUID workspaceId = currentUser.require().workspaceId();
    return incidents.open().stream()
        .flatMap(
            i ->
                flows.flowOf(i.processInstanceKey()).stream()
                    .filter(f -> f.workspaceId().equals(workspaceId))
                    .map(
                        f ->
                            new FlowIncident(
                                i.key(),
                                f.processId(),
                                f.businessKey(),
                                i.elementId(),
                                i.errorType(),
                                i.message(),
                                i.createdAt(),
                                i.jobKey() != null)))
        .toList();
  }

  /**
   * After the cause is fixed: gives the failed job new retries and resolves the incident, so the
   * step runs again. "Not found" for an incident of another workspace or one already resolved.
   */
  public void retry(long incidentKey) {
    SessionUser me = currentUser.require();
    EngineIncidents.Incident incident =
        incidents.open().stream()
            .filter(i -> i.key() == incidentKey)
            .filter(
                i ->
                    flows
                        .flowOf(i.processInstanceKey())
                        .filter(f -> f.workspaceId().equals(me.workspaceId()))
                        .isPresent())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Incident"));
    if (incident.jobKey() != null) {
      engine.newUpdateRetriesCommand(incident.jobKey()).retries(retries).send().join();
    }
    engine.newResolveIncidentCommand(incidentKey).send().join();
    log.info(
        "{} retried incident {} at {} ({})",
        me.email(),
        incidentKey,
        incident.elementId(),
        incident.message());
  }

  /**
   * Starts every in-flight flow the engine does not run at its waiting point; flows it still runs
   * are left alone.
   */
  public int resumeMissingFlows() {
    String who = currentUser.require().email();
    // Ask the engine first: without an answer nothing can be told apart, so nothing is started.
    engine.newTopologyRequest().requestTimeout(Duration.ofSeconds(10)).send().join();
    int resumed = startup.resumeMissing();
    log.info("{} resumed {} flow(s) the engine did not run", who, resumed);
    return resumed;
  }
}
