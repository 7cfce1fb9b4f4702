package dev.portico.shared.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * Implemented by a feature whose flows wait in the engine: after start-up it starts an instance for
 * each flow that the database says is in flight and that the engine does not know.
 */
public interface FlowResumer {

  /**
   * @return how many flows were started again
   */
  int resumeInFlightFlows();

  /** The process whose flows this resumer starts again. */
  String processId();

  /**
   * Every element id a flow may be started before on resumption; an owner's model must keep them
   * all (decision 024).
   */
  Set<String> resumesAt();

  /**
   * The workspace's flows in flight, counted by the element they wait at (from Portico's own
   * tables: the embedded engine cannot be searched).
   */
  Map<String, Long> waiting(UUID workspaceId);

  /**
   * Where one flow in flight starts again: its workspace and business key, the element it starts
   * before ({@code null}: its start) and its variables.
   */
  record Resumption(
      UUID workspaceId, String businessKey, String startBefore, Map<String, ?> variables) {}

  /**
   * Resumes each flow through the engine outbox ({@link EngineCommands#resume}), unless the engine
   * still runs it. One that cannot be resumed is logged and the others go on.
   *
   * @param id names a flow in the log when it cannot be resumed
   * @param where where a flow starts again; {@code null} when it needs nothing
   * @return how many were started again
   */
  default <T> int resumeEach(
      EngineCommands engine,
      Collection<T> flows,
      Function<T, ?> id,
      Function<T, Resumption> where) {
    int resumed = 0;
    for (T flow : flows) {
      try {
        Resumption r = where.apply(flow);
        if (r != null
            && engine.resume(
                r.workspaceId(), processId(), r.businessKey(), r.startBefore(), r.variables())) {
          resumed++;
        }
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(getClass())
            .error("Flow {} {} could not be resumed", processId(), id.apply(flow), e);
      }
    }
    return resumed;
  }
}
