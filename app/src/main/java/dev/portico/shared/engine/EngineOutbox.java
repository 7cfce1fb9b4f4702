package dev.portico.shared.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What waits in the engine outbox: for the health check and the owners' Engine page. */
@Component
public class EngineOutbox {

  /** Commands not yet accepted by the engine, and the age of the oldest. */
  public record Backlog(int pending, Duration oldestAge, String lastError) {

    static final Backlog EMPTY = new Backlog(0, Duration.ZERO, null);
  }

  /** One command that waits, as owners see it. */
  public record WaitingCommand(
      UUID id,
      String what,
      String businessKey,
      Instant queuedAt,
      int attempts,
      Instant nextAttemptAt,
      String lastError) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  EngineOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** All tenants (the health check is about the installation). */
  public Backlog backlog() {
    return backlog("true", new Object[0]);
  }

  public Backlog backlog(UUID workspaceId) {
    return backlog("workspace_id = ?", new Object[] {workspaceId});
  }

  private Backlog backlog(String where, Object[] params) {
    return jdbc.sql(
            "select count(*), min(created_at),"
                + " (array_agg(last_error order by created_at) filter (where last_error is not null))[1]"
                + " from engine_command where sent_at is null and "
                + where)
        .params(params)
        .query(
            (rs, n) -> {
              int pending = rs.getInt(1);
              if (pending == 0) {
                return Backlog.EMPTY;
              }
              Instant oldest = rs.getTimestamp(2).toInstant();
              Duration age = Duration.between(oldest, clock.instant());
              return new Backlog(pending, age.isNegative() ? Duration.ZERO : age, rs.getString(3));
            })
        .single();
  }

  public List<WaitingCommand> waiting(UUID workspaceId, int limit) {
    return jdbc.sql(
            "select id, coalesce(message_name, 'start ' || process_id), business_key, created_at,"
                + " attempts, next_attempt_at, last_error from engine_command"
                + " where sent_at is null and workspace_id = ? order by created_at limit ?")
        .params(workspaceId, limit)
        .query(
            (rs, n) ->
                new WaitingCommand(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getInt(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  /** Sends a waiting command at the relay's next round instead of after its back-off. */
  public boolean retryNow(UUID workspaceId, UUID commandId) {
    return jdbc.sql(
                "update engine_command set next_attempt_at = ? where id = ? and workspace_id = ?"
                    + " and sent_at is null")
            .params(Timestamp.from(clock.instant()), commandId, workspaceId)
            .update()
        == 1;
  }
}
