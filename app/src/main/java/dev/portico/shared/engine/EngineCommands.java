package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine outbox (ARCHITECTURE.md §4): every engine command that follows a database change is a
 * row written in the same transaction as the change, so the two never part ways. {@link
 * EngineRelay} sends the rows after commit and retries until the engine accepts them.
 */
@Service
public class EngineCommands {

  private static final Logger log = LoggerFactory.getLogger(EngineCommands.class);

  private final JdbcClient jdbc;
  private final CamundaClient engine;
  private final EngineRelay relay;
  private final FlowRegistry flows;
  private final Clock clock;

  EngineCommands(
      JdbcClient jdbc, CamundaClient engine, EngineRelay relay, FlowRegistry flows, Clock clock) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.relay = relay;
    this.flows = flows;
    this.clock = clock;
  }

  /** Starts a new instance of {@code processId} for the business id once the change commits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void startFlow(
      UUID workspaceId, String processId, String businessKey, Map<String, ?> variables) {
    insertCreate(workspaceId, processId, businessKey, null, variables);
  }

  /**
   * Publishes a message once the change commits. The message id names the business id and the step
   * (e.g. {@code deliverable-decided:<versionId>}): the same step queued or relayed twice
   * correlates once.
   *
   * @return whether it was queued now (false: this message id was queued before)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean publish(
      UUID workspaceId,
      String processId,
      String messageName,
      String correlationKey,
      String messageId,
      Map<String, ?> variables) {
    boolean queued =
        jdbc.sql(
                    "insert into engine_command (id, workspace_id, kind, process_id, business_key,"
                        + " message_name, message_id, variables, created_at, next_attempt_at)"
                        + " values (?, ?, 'PUBLISH_MESSAGE', ?, ?, ?, ?, cast(? as jsonb), ?, ?)"
                        + " on conflict (message_id) do nothing")
                .params(
                    UUID.randomUUID(),
                    workspaceId,
                    processId,
                    correlationKey,
                    messageName,
                    messageId,
                    json(variables),
                    now(),
                    now())
                .update()
            == 1;
    if (queued) {
      wakeRelayAfterCommit();
    }
    return queued;
  }

  /**
   * Resumes a flow the database says is in flight at the element where it waits: unless the engine
   * still runs the flow's registered instance, or a start of it is still queued.
   *
   * @return whether a start was queued
   */
  @Transactional
  public boolean resume(
      UUID workspaceId,
      String processId,
      String businessKey,
      String startBefore,
      Map<String, ?> variables) {
    if (startQueued(processId, businessKey) || flows.runs(processId, businessKey)) {
      return false;
    }
    insertCreate(workspaceId, processId, businessKey, startBefore, variables);
    log.info(
        "Flow {} {} resumed at {}",
        processId,
        businessKey,
        startBefore == null ? "its start" : startBefore);
    return true;
  }

  private boolean startQueued(String processId, String businessKey) {
    return jdbc.sql(
            "select exists (select 1 from engine_command where sent_at is null"
                + " and kind = 'CREATE_INSTANCE' and process_id = ? and business_key = ?)")
        .params(processId, businessKey)
        .query(Boolean.class)
        .single();
  }

  private void insertCreate(
      UUID workspaceId,
      String processId,
      String businessKey,
      String startBefore,
      Map<String, ?> variables) {
    jdbc.sql(
            "insert into engine_command (id, workspace_id, kind, process_id, business_key,"
                + " start_before, variables, created_at, next_attempt_at)"
                + " values (?, ?, 'CREATE_INSTANCE', ?, ?, ?, cast(? as jsonb), ?, ?)")
        .params(
            UUID.randomUUID(),
            workspaceId,
            processId,
            businessKey,
            startBefore,
            json(variables),
            now(),
            now())
        .update();
    wakeRelayAfterCommit();
  }

  private String json(Map<String, ?> variables) {
    return engine.getConfiguration().getJsonMapper().toJson(variables);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  /** Sends at once rather than at the next poll; the poll remains the safety net. */
  private void wakeRelayAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              relay.wake();
            }
          });
    }
  }
}
