package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued engine commands ({@link EngineCommands}) in the order they were written, each under
 * a row lock so two Portico instances never send the same row. While the engine is unreachable the
 * relay pauses with growing back-off; a command the engine rejects waits with back-off of its own
 * and shows its error to owners. A command is never dropped: it stays until the engine accepts it.
 */
@Component
public class EngineRelay {

  private static final Logger log = LoggerFactory.getLogger(EngineRelay.class);
  private static final Duration MESSAGE_TTL = Duration.ofHours(1);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
  private static final int BATCH = 100;

  private final JdbcClient jdbc;
  private final CamundaClient engine;
  private final FlowRegistry flows;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration firstBackoff;
  private final ReentrantLock running = new ReentrantLock();
  private final ExecutorService waker = Executors.newVirtualThreadPerTaskExecutor();
  private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean again;
  private int unreachableInARow;
  private long pausedUntilNanos = System.nanoTime();

  EngineRelay(
      JdbcClient jdbc,
      CamundaClient engine,
      FlowRegistry flows,
      TransactionTemplate tx,
      Clock clock,
      @Value("${portico.engine.outbox.first-backoff:PT1S}") Duration firstBackoff) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.flows = flows;
    this.tx = tx;
    this.clock = clock;
    this.firstBackoff = firstBackoff;
  }

  /** Relays now, in the background (called after a commit that queued commands). */
  void wake() {
    waker.execute(this::relayDue);
  }

  /**
   * One relay at a time per instance; a wake-up during a run, or a full batch, makes the run go
   * round again.
   */
  @Scheduled(fixedDelayString = "${portico.engine.outbox.poll-interval:PT1S}")
  public void relayDue() {
    if (!running.tryLock()) {
      again = true;
      return;
    }
    try {
      boolean full;
      do {
        again = false;
        full = relayBatch();
      } while (full || again);
    } finally {
      running.unlock();
    }
  }

  /**
   * Locks the due commands (skipping rows another instance is sending), sends them and records the
   * outcome, in one transaction. Commands of one flow (business id) go one after the other, in the
   * order they were written; different flows' commands go at the same time (decision 028).
   *
   * @return whether to go round again at once: the batch was full and the engine reachable
   */
  private boolean relayBatch() {
    if (System.nanoTime() - pausedUntilNanos < 0) {
      return false;
    }
    Boolean more = tx.execute(status -> relayLocked());
    return Boolean.TRUE.equals(more);
  }

  private boolean relayLocked() {
    List<Command> due =
        jdbc.sql(
                "select id, workspace_id, kind, process_id, business_key, start_before,"
                    + " message_name, message_id, variables::text, attempts from engine_command"
                    + " where sent_at is null and next_attempt_at <= ?"
                    + " order by created_at, id limit ? for update skip locked")
            .params(Timestamp.from(clock.instant()), BATCH)
            .query(
                (rs, n) ->
                    new Command(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getInt(10)))
            .list();
    if (due.isEmpty()) {
      return false;
    }
    // The oldest alone first: while the engine is away, one attempt per round, not a batch of them.
    Command oldest = due.getFirst();
    Outcome first = send(oldest);
    boolean reachable = record(first);
    if (reachable) {
      Map<String, List<Command>> byFlow = new LinkedHashMap<>();
      for (Command c : due.subList(1, due.size())) {
        if (first.error() != null && c.sameFlow(oldest)) {
          continue; // waits behind the refused command, in order
        }
        byFlow
            .computeIfAbsent(c.processId() + "/" + c.businessKey(), k -> new ArrayList<>())
            .add(c);
      }
      List<Future<List<Outcome>>> sending = new ArrayList<>();
      for (List<Command> flow : byFlow.values()) {
        sending.add(sender.submit(() -> sendInOrder(flow)));
      }
      for (Future<List<Outcome>> f : sending) {
        for (Outcome o : join(f)) {
          reachable &= record(o);
        }
      }
    }
    if (!reachable) {
      Duration pause = backoff(++unreachableInARow);
      pausedUntilNanos = System.nanoTime() + pause.toNanos();
      log.warn(
          "Engine unreachable; {} engine command(s) wait, next try in {} ms",
          due.size(),
          pause.toMillis());
      return false;
    }
    unreachableInARow = 0;
    return due.size() == BATCH;
  }

  /** Sends one flow's commands in order; stops at the first the engine does not accept. */
  private List<Outcome> sendInOrder(List<Command> flow) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Command c : flow) {
      Outcome o = send(c);
      outcomes.add(o);
      if (o.error() != null) {
        break;
      }
    }
    return outcomes;
  }

  private static List<Outcome> join(Future<List<Outcome>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while relaying engine commands", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Relaying engine commands failed", e.getCause());
    }
  }

  /**
   * Writes what became of a command (in the batch's transaction).
   *
   * @return false when the engine could not be reached
   */
  private boolean record(Outcome o) {
    Command c = o.command();
    if (o.error() == null) {
      if (o.instanceKey() != null) {
        flows.register(c.workspaceId(), c.processId(), c.businessKey(), o.instanceKey());
      }
      jdbc.sql("update engine_command set sent_at = ?, last_error = null where id = ?")
          .params(Timestamp.from(clock.instant()), c.id())
          .update();
      return true;
    }
    RuntimeException e = o.error();
    if (e instanceof ClientStatusException cse) {
      if (cse.getStatusCode() == Status.Code.ALREADY_EXISTS && c.messageId() != null) {
        log.info("Message {} was published before; not again", c.messageId());
        jdbc.sql("update engine_command set sent_at = ? where id = ?")
            .params(Timestamp.from(clock.instant()), c.id())
            .update();
        return true;
      }
      boolean unreachable = unreachable(cse.getStatusCode());
      failed(c, c.id(), e, unreachable);
      return !unreachable;
    }
    failed(c, c.id(), e, true);
    return false;
  }

  /** What became of one command: accepted (with the instance key of a start) or an error. */
  private record Outcome(Command command, Long instanceKey, RuntimeException error) {}

  private Outcome send(Command c) {
    try {
      if ("PUBLISH_MESSAGE".equals(c.kind())) {
        engine
            .newPublishMessageCommand()
            .messageName(c.messageName())
            .correlationKey(c.businessKey())
            .messageId(c.messageId())
            .variables(c.variables())
            .timeToLive(MESSAGE_TTL)
            .requestTimeout(REQUEST_TIMEOUT)
            .send()
            .join();
        log.info("Message {} ({}) published to the engine", c.messageName(), c.messageId());
        return new Outcome(c, null, null);
      }
      var command =
          engine
              .newCreateInstanceCommand()
              .bpmnProcessId(c.processId())
              .latestVersion()
              .variables(c.variables());
      if (c.startBefore() != null) {
        command = command.startBeforeElement(c.startBefore());
      }
      long key = command.requestTimeout(REQUEST_TIMEOUT).send().join().getProcessInstanceKey();
      log.info(
          "Flow {} {} started as instance {}{}",
          c.processId(),
          c.businessKey(),
          key,
          c.startBefore() == null ? "" : " at " + c.startBefore());
      return new Outcome(c, key, null);
    } catch (RuntimeException e) {
      return new Outcome(c, null, e);
    }
  }

  private void failed(Command c, UUID id, RuntimeException e, boolean unreachable) {
    Duration wait = unreachable ? Duration.ZERO : backoff(c.attempts() + 1);
    if (!unreachable) {
      log.error(
          "Engine refused {} {} for {} (attempt {}); retrying in {} s",
          c.kind(),
          c.messageName() == null ? c.processId() : c.messageName(),
          c.businessKey(),
          c.attempts() + 1,
          wait.toSeconds(),
          e);
    }
    jdbc.sql(
            "update engine_command set attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = ? where id = ?")
        .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant().plus(wait)), id)
        .update();
  }

  private Duration backoff(int attempt) {
    Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  private static boolean unreachable(Status.Code code) {
    return code == Status.Code.UNAVAILABLE
        || code == Status.Code.DEADLINE_EXCEEDED
        || code == Status.Code.RESOURCE_EXHAUSTED
        || code == Status.Code.CANCELLED
        || code == Status.Code.UNKNOWN;
  }

  /** Sent commands are kept a week for the record, then removed. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  public void purgeSent() {
    jdbc.sql("delete from engine_command where sent_at < ?")
        .param(Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
        .update();
  }

  private record Command(
      UUID id,
      UUID workspaceId,
      String kind,
      String processId,
      String businessKey,
      String startBefore,
      String messageName,
      String messageId,
      String variables,
      int attempts) {

    boolean sameFlow(Command other) {
      return processId.equals(other.processId) && businessKey.equals(other.businessKey);
    }
  }
}
