package dev.portico.workspace;

import static dev.portico.processes.DomainVerificationProcess.*;

import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Tells the engine about custom domain verifications through the engine outbox (in the transaction
 * of the change): starts the retries when the first check failed; after a restart resumes each
 * pending verification at its next retry, from the domain's own state.
 */
@Service
class DomainFlows implements FlowResumer {

  private final EngineCommands engine;
  private final CustomDomains domains;

  DomainFlows(EngineCommands engine, CustomDomains domains) {
    this.engine = engine;
    this.domains = domains;
  }

  void start(CustomDomain d) {
    engine.startFlow(d.getWorkspaceId(), ID, d.getVerificationId().toString(), variables(d, 1));
  }

  /** Each PENDING domain waits for its next retry (a moment already past fires at once). */
  @Override
  public int resumeInFlightFlows() {
    return resumeEach(
        engine,
        domains.findByState(DomainState.PENDING),
        CustomDomain::getDomain,
        d ->
            new Resumption(
                d.getWorkspaceId(),
                d.getVerificationId().toString(),
                RETRIES_LEFT_GATEWAY,
                variables(d, d.getRetriesDone() + 1)));
  }

  @Override
  public String processId() {
    return ID;
  }

  @Override
  public Set<String> resumesAt() {
    return Set.of(RETRIES_LEFT_GATEWAY);
  }

  /** Pending: waits for the next check. */
  @Override
  public Map<String, Long> waiting(UUID workspaceId) {
    long pending =
        domains.findByState(DomainState.PENDING).stream()
            .filter(d -> d.getWorkspaceId().equals(workspaceId))
            .count();
    return pending == 0 ? Map.of() : Map.of(WAIT_FOR_RETRY, pending);
  }

  private static Map<String, Object> variables(CustomDomain d, int retry) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_VERIFICATION_ID, d.getVerificationId().toString());
    variables.put(VAR_REQUESTED_AT, d.getVerificationRequestedAt().toString());
    variables.put(VAR_RETRY_OFFSETS, d.retryOffsetList().stream().map(Duration::toString).toList());
    variables.put(VAR_RETRY, retry);
    return variables;
  }
}
