package dev.portico.shared.engine;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
}
