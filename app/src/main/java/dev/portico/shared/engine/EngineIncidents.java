package dev.portico.shared.engine;

import java.time.Instant;
import java.util.List;

/**
 * Open incidents in the engine: a job whose retries ran out, or an expression that failed. The
 * embedded engine has no search API, so each runtime reads them its own way.
 */
public interface EngineIncidents {

  /** One open incident; {@code jobKey} is null when no job failed (e.g. an expression). */
  record Incident(
      long key,
      long processInstanceKey,
      String processId,
      String elementId,
      Long jobKey,
      String errorType,
      String message,
      Instant createdAt) {}

  List<Incident> open();
}
