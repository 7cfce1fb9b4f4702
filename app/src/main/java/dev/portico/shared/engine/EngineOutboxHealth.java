package dev.portico.shared.engine;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code engineOutbox}: DEGRADED while an engine command has waited longer than
 * {@code portico.engine.outbox.degraded-after} (the engine is unreachable or refuses it).
 */
@Component("engineOutboxHealthIndicator") // health component "engineOutbox"
class EngineOutboxHealth implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "Engine commands are waiting");

  private final EngineOutbox outbox;
  private final Duration degradedAfter;

  EngineOutboxHealth(
      EngineOutbox outbox,
      @Value("${portico.engine.outbox.degraded-after:PT5M}") Duration degradedAfter) {
    this.outbox = outbox;
    this.degradedAfter = degradedAfter;
  }

  @Override
  public Health health() {
    EngineOutbox.Backlog backlog = outbox.backlog();
    Health.Builder health =
        backlog.oldestAge().compareTo(degradedAfter) > 0 ? Health.status(DEGRADED) : Health.up();
    health
        .withDetail("pendingCommands", backlog.pending())
        .withDetail("oldestPendingSeconds", backlog.oldestAge().toSeconds());
    if (backlog.lastError() != null) {
      health.withDetail("lastError", backlog.lastError());
    }
    return health.build();
  }
}
