package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which engine instance runs each flow Portico started (process id + business id), so a resumption
 * can ask the engine whether it still runs that flow instead of starting a second one.
 */
@Component
public class FlowRegistry {

  /** A flow Portico started: the tenant it belongs to and its business id. */
  public record Flow(UUID workspaceId, String processId, String businessKey) {}

  private final JdbcClient jdbc;
  private final CamundaClient engine;
  private final Clock clock;

  FlowRegistry(JdbcClient jdbc, CamundaClient engine, Clock clock) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.clock = clock;
  }

  void register(UUID workspaceId, String processId, String businessKey, long instanceKey) {
    // An engine that lost its state hands out keys again: the newest registration wins.
    jdbc.sql("delete from engine_flow where instance_key = ?").param(instanceKey).update();
    jdbc.sql(
            "insert into engine_flow (process_id, business_key, workspace_id, instance_key, started_at)"
                + " values (?, ?, ?, ?, ?) on conflict (process_id, business_key)"
                + " do update set instance_key = excluded.instance_key,"
                + " started_at = excluded.started_at")
        .params(processId, businessKey, workspaceId, instanceKey, Timestamp.from(clock.instant()))
        .update();
  }

  /**
   * Whether the engine still runs the instance registered for this flow. Asks the engine by setting
   * no variables on the instance: a finished or unknown instance answers NOT_FOUND.
   *
   * @throws ClientStatusException when the engine cannot answer (then nothing may be resumed)
   */
  public boolean runs(String processId, String businessKey) {
    Optional<Long> key =
        jdbc.sql("select instance_key from engine_flow where process_id = ? and business_key = ?")
            .params(processId, businessKey)
            .query(Long.class)
            .optional();
    if (key.isEmpty()) {
      return false;
    }
    try {
      engine
          .newSetVariablesCommand(key.get())
          .variables(Map.of())
          .requestTimeout(Duration.ofSeconds(10))
          .send()
          .join();
      return true;
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == io.grpc.Status.Code.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /** The engine started empty (embedded engine, restored cluster): no registered instance runs. */
  public void forgetAll() {
    jdbc.sql("delete from engine_flow").update();
  }

  /** The flow an engine instance belongs to, if Portico started it. */
  public Optional<Flow> flowOf(long instanceKey) {
    return jdbc.sql(
            "select workspace_id, process_id, business_key from engine_flow where instance_key = ?")
        .param(instanceKey)
        .query((rs, n) -> new Flow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
        .optional();
  }
}
