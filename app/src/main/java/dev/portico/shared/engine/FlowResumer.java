package dev.portico.shared.engine;

/**
 * Implemented by a feature whose flows wait in the engine: after start-up it starts an instance for
 * each flow that the database says is in flight and that the engine does not know.
 */
public interface FlowResumer {

  /**
   * @return how many flows were started again
   */
  int resumeInFlightFlows();
}
