package dev.portico.bench;

import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.FeedbackRouting;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feedback-routing end to end: clients send feedback through {@link ClientFeedback#send} (the row
 * and its engine command in one transaction), the outbox relays the start to the embedded engine,
 * the real workers route it (inbox item) and notify the assignee (mail outbox row): the flow's
 * automatic part, up to its wait for staff. Against it, the same routing work called directly
 * (feedback row, {@link FeedbackRouting#route}, {@link FeedbackRouting#notifyAssignee}) without the
 * engine, from the same number of threads.
 */
final class FlowThroughput {

  private static final Logger log = LoggerFactory.getLogger(FlowThroughput.class);
  private static final int FLOWS_PER_AGENCY = 10;

  /** Figures of one run. */
  record Result(
      int instances,
      int threads,
      double enginePerSecond,
      Stats toRouted,
      Stats toNotified,
      Stats toRelayed,
      int completed,
      double directPerSecond,
      Stats direct) {

    /** How many times the direct calls' throughput the engine path costs. */
    double ratio() {
      return directPerSecond / enginePerSecond;
    }
  }

  private final ClientFeedback clientFeedback;
  private final FeedbackRouting routing;
  private final Fixtures fixtures;
  private final JdbcClient jdbc;

  FlowThroughput(
      ClientFeedback clientFeedback, FeedbackRouting routing, Fixtures fixtures, JdbcClient jdbc) {
    this.clientFeedback = clientFeedback;
    this.routing = routing;
    this.fixtures = fixtures;
    this.jdbc = jdbc;
  }

  Result run(int instances, int threads) throws Exception {
    List<Agency> agencies = new ArrayList<>();
    for (int i = 0; i < Math.max(1, instances / FLOWS_PER_AGENCY); i++) {
      agencies.add(fixtures.agency("Flow" + i));
    }
    // warm-up: class loading, JIT, the engine's first deployment reads
    viaEngine("warm", agencies, Math.min(20, instances), threads);
    direct("warm", agencies, Math.min(20, instances), threads);

    Engine engine = viaEngine("run", agencies, instances, threads);
    Direct direct = direct("run", agencies, instances, threads);
    return new Result(
        instances,
        threads,
        engine.perSecond,
        engine.toRouted,
        engine.toNotified,
        engine.toRelayed,
        engine.completed,
        direct.perSecond,
        direct.latency);
  }

  private record Engine(
      double perSecond, Stats toRouted, Stats toNotified, Stats toRelayed, int completed) {}

  private record Direct(double perSecond, Stats latency) {}

  private Engine viaEngine(String phase, List<Agency> agencies, int n, int threads)
      throws Exception {
    String tag = "bench-flow-" + phase + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Map<UUID, Instant> sentAt = new ConcurrentHashMap<>();
    Instant first = Instant.now();
    Load.run(
        threads,
        n,
        i -> {
          Agency a = agencies.get(i % agencies.size());
          Fixtures.signIn(a.clientOf1());
          try {
            Instant t0 = Instant.now();
            UUID id = clientFeedback.send(a.project1(), tag + i, List.of());
            sentAt.put(id, t0);
            return id;
          } finally {
            Fixtures.signOut();
          }
        });
    long deadline = System.nanoTime() + Duration.ofSeconds(60 + n / 2).toNanos();
    int done = 0;
    while (System.nanoTime() < deadline) {
      done =
          jdbc.sql(
                  "select count(*) from feedback where body like ? and assignee_notified_at is not"
                      + " null")
              .param(tag + "%")
              .query(Integer.class)
              .single();
      if (done >= n) {
        break;
      }
      Thread.sleep(20);
    }
    record Times(UUID id, Timestamp routed, Timestamp notified, Timestamp relayed) {}
    List<Times> times =
        jdbc.sql(
                "select f.id, t.created_at as routed, f.assignee_notified_at as notified,"
                    + " c.sent_at as relayed from feedback f left join task t on t.id = f.task_id"
                    + " left join engine_command c on c.business_key = f.id::text"
                    + " and c.kind = 'CREATE_INSTANCE' where f.body like ?")
            .param(tag + "%")
            .query(
                (rs, row) ->
                    new Times(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("routed"),
                        rs.getTimestamp("notified"),
                        rs.getTimestamp("relayed")))
            .list();
    List<Long> toRouted = new ArrayList<>();
    List<Long> toNotified = new ArrayList<>();
    List<Long> toRelayed = new ArrayList<>();
    Instant last = first;
    for (Times t : times) {
      Instant t0 = sentAt.get(t.id());
      if (t.relayed() != null) {
        toRelayed.add(Duration.between(t0, t.relayed().toInstant()).toNanos());
      }
      if (t.routed() != null) {
        toRouted.add(Duration.between(t0, t.routed().toInstant()).toNanos());
      }
      if (t.notified() != null) {
        toNotified.add(Duration.between(t0, t.notified().toInstant()).toNanos());
        if (t.notified().toInstant().isAfter(last)) {
          last = t.notified().toInstant();
        }
      }
    }
    double seconds = Duration.between(first, last).toNanos() / 1e9;
    Engine result =
        new Engine(
            toNotified.size() / seconds,
            Stats.ofNanos(toRouted),
            Stats.ofNanos(toNotified),
            Stats.ofNanos(toRelayed),
            toNotified.size());
    log.info("Flows via the engine ({}): {} of {} in {} s: {}", phase, done, n, seconds, result);
    return result;
  }

  private Direct direct(String phase, List<Agency> agencies, int n, int threads) throws Exception {
    String tag = "bench-direct-" + phase + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    long start = System.nanoTime();
    List<Long> latencies =
        Load.run(
            threads,
            n,
            i -> {
              Agency a = agencies.get(i % agencies.size());
              long t0 = System.nanoTime();
              UUID id = UUID.randomUUID();
              // the row ClientFeedback.send writes, without its engine command
              jdbc.sql(
                      "insert into feedback (id, workspace_id, client_id, project_id,"
                          + " author_id, body, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                  .params(
                      id,
                      a.workspaceId(),
                      a.client1(),
                      a.project1(),
                      a.clientOf1().accountId(),
                      tag + i,
                      Timestamp.from(Instant.now()))
                  .update();
              routing.route(id);
              routing.notifyAssignee(id);
              return System.nanoTime() - t0;
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    Direct result = new Direct(n / seconds, Stats.ofNanos(latencies));
    log.info("Direct routing ({}): {} in {} s: {}", phase, n, seconds, result);
    return result;
  }
}
