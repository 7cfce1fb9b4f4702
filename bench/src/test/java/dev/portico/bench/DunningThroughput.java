package dev.portico.bench;

import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.invoice.InvoiceSteps;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice dunning end to end, the unpaid path: staff send an invoice through {@link
 * InvoiceBilling#send} (number, lock and the engine command in one transaction), the outbox starts
 * the flow, the real workers mail the invoice with its PDF, the due moment passes (the embedded
 * engine's clock is moved past it once, before the warm-up), the workers mark it overdue (mail),
 * send the single payment reminder the workspaces are set to (mail) and escalate to the lead (inbox
 * item and mail). End = escalated, where the flow waits for payment. Against it, the same send and
 * the same four steps ({@link InvoiceSteps}) called directly, without the engine.
 */
final class DunningThroughput {

  private static final Logger log = LoggerFactory.getLogger(DunningThroughput.class);
  private static final int INVOICES_PER_AGENCY = 10;

  /** One reminder, a minute after the due moment: the whole unpaid path in one clock move. */
  static final String REMINDER_OFFSETS = "PT1M";

  /** Figures of one run. */
  record Result(
      int instances,
      int threads,
      double enginePerSecond,
      Stats toMailed,
      Stats toEscalated,
      int completed,
      double directPerSecond,
      Stats direct) {

    double ratio() {
      return directPerSecond / enginePerSecond;
    }
  }

  private final InvoiceBilling billing;
  private final InvoiceSteps steps;
  private final Fixtures fixtures;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ZeebeTestEngine engine;

  DunningThroughput(
      InvoiceBilling billing,
      InvoiceSteps steps,
      Fixtures fixtures,
      JdbcClient jdbc,
      TransactionTemplate tx,
      ZeebeTestEngine engine) {
    this.billing = billing;
    this.steps = steps;
    this.fixtures = fixtures;
    this.jdbc = jdbc;
    this.tx = tx;
    this.engine = engine;
  }

  Result run(int instances, int threads) throws Exception {
    List<Agency> agencies = new ArrayList<>();
    for (int i = 0; i < Math.max(1, instances / INVOICES_PER_AGENCY); i++) {
      Agency a = fixtures.agency("Dunning" + i);
      jdbc.sql("update workspace set dunning_reminder_offsets = ? where id = ?")
          .params(REMINDER_OFFSETS, a.workspaceId())
          .update();
      agencies.add(a);
    }
    int warm = Math.min(20, instances);
    // warm-up, also the flows that wait at the due date when the engine's clock moves past it
    String warmTag = viaEngineSend("warm", agencies, warm, threads);
    awaitCount("mailed_at", warmTag, warm, Duration.ofSeconds(60));
    moveEngineClockPastDueMoments();
    Engine warmed = awaitEngine("warm", warmTag, warm, Instant.now());
    log.info("Dunning via the engine (warm): {}", warmed);
    direct("warm", agencies, warm, threads);

    Instant first = Instant.now();
    String tag = viaEngineSend("run", agencies, instances, threads);
    Engine engineRun = awaitEngine("run", tag, instances, first);
    Direct directRun = direct("run", agencies, instances, threads);
    return new Result(
        instances,
        threads,
        engineRun.perSecond,
        engineRun.toMailed,
        engineRun.toEscalated,
        engineRun.completed,
        directRun.perSecond,
        directRun.latency);
  }

  private record Engine(double perSecond, Stats toMailed, Stats toEscalated, int completed) {}

  private record Direct(double perSecond, Stats latency) {}

  private final Map<UUID, Instant> sentAt = new ConcurrentHashMap<>();

  /** Drafts first (not timed), then each send timed from the call. */
  private String viaEngineSend(String phase, List<Agency> agencies, int n, int threads)
      throws Exception {
    String tag = "bench-dunning-" + phase + "-" + UUID.randomUUID().toString().substring(0, 8);
    List<UUID> drafts = drafts(agencies, n, tag);
    Load.run(
        threads,
        n,
        i -> {
          Agency a = agencies.get(i % agencies.size());
          UUID id = drafts.get(i);
          Fixtures.signIn(a.staff());
          try {
            Instant t0 = Instant.now();
            billing.send(id);
            sentAt.put(id, t0);
            return id;
          } finally {
            Fixtures.signOut();
          }
        });
    return tag;
  }

  private List<UUID> drafts(List<Agency> agencies, int n, String tag) {
    List<UUID> ids = new ArrayList<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (int i = 0; i < n; i++) {
      Agency a = agencies.get(i % agencies.size());
      Fixtures.signIn(a.staff());
      try {
        ids.add(
            billing.createDraft(
                a.client1(),
                a.project1(),
                new InvoiceForm(
                    "EUR",
                    today,
                    today,
                    tag,
                    List.of(
                        new InvoiceForm.Line(
                            "Website build",
                            BigDecimal.ONE,
                            new BigDecimal("1000"),
                            new BigDecimal("21"))))));
      } finally {
        Fixtures.signOut();
      }
    }
    return ids;
  }

  /**
   * Moves the embedded engine's clock (only the engine's: the domain keeps the wall clock) a minute
   * past the latest due moment plus the reminder offset, so every flow started from now on fires
   * its due date and its reminder at once. Less than a day: the feedback flows' answer-by timers
   * (business days) stay in the future.
   */
  private void moveEngineClockPastDueMoments() {
    Instant latestDue =
        jdbc.sql("select max(due_at) from invoice where note_to_client like 'bench-dunning-%'")
            .query(Timestamp.class)
            .single()
            .toInstant();
    Instant target = latestDue.plus(Duration.parse(REMINDER_OFFSETS)).plus(Duration.ofMinutes(1));
    // nothing else in the benchmark moves the engine's clock: until now it is the wall clock
    Duration by = Duration.between(Instant.now(), target);
    if (!by.isNegative()) {
      engine.increaseTime(by);
    }
    log.info("Engine clock moved by {} to {}", by, target);
  }

  private void awaitCount(String column, String tag, int n, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline && count(column, tag) < n) {
      Thread.sleep(20);
    }
  }

  private int count(String column, String tag) {
    return jdbc.sql(
            "select count(*) from invoice where note_to_client = ? and " + column + " is not null")
        .param(tag)
        .query(Integer.class)
        .single();
  }

  private Engine awaitEngine(String phase, String tag, int n, Instant first)
      throws InterruptedException {
    awaitCount("escalated_at", tag, n, Duration.ofSeconds(60 + n / 2));
    record Times(UUID id, Timestamp mailed, Timestamp escalated) {}
    List<Times> times =
        jdbc.sql("select id, mailed_at, escalated_at from invoice where note_to_client = ?")
            .param(tag)
            .query(
                (rs, row) ->
                    new Times(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("mailed_at"),
                        rs.getTimestamp("escalated_at")))
            .list();
    List<Long> toMailed = new ArrayList<>();
    List<Long> toEscalated = new ArrayList<>();
    Instant last = first;
    for (Times t : times) {
      Instant t0 = sentAt.get(t.id());
      if (t.mailed() != null) {
        toMailed.add(Duration.between(t0, t.mailed().toInstant()).toNanos());
      }
      if (t.escalated() != null) {
        Instant end = t.escalated().toInstant();
        toEscalated.add(Duration.between(t0, end).toNanos());
        if (end.isAfter(last)) {
          last = end;
        }
      }
    }
    double seconds = Duration.between(first, last).toNanos() / 1e9;
    Engine result =
        new Engine(
            toEscalated.size() / seconds,
            Stats.ofNanos(toMailed),
            Stats.ofNanos(toEscalated),
            toEscalated.size());
    log.info("Dunning via the engine ({}): {} of {} in {} s", phase, result.completed, n, seconds);
    return result;
  }

  /**
   * The send (its engine command removed in the same transaction, so no flow starts) and the four
   * steps the workers would run, one after the other on the calling thread.
   */
  private Direct direct(String phase, List<Agency> agencies, int n, int threads) throws Exception {
    String tag =
        "bench-dunning-direct-" + phase + "-" + UUID.randomUUID().toString().substring(0, 8);
    List<UUID> drafts = drafts(agencies, n, tag);
    long start = System.nanoTime();
    List<Long> latencies =
        Load.run(
            threads,
            n,
            i -> {
              Agency a = agencies.get(i % agencies.size());
              UUID id = drafts.get(i);
              long t0 = System.nanoTime();
              Fixtures.signIn(a.staff());
              try {
                tx.executeWithoutResult(
                    status -> {
                      billing.send(id);
                      jdbc.sql("delete from engine_command where business_key = ?")
                          .param(id.toString())
                          .update();
                    });
              } finally {
                Fixtures.signOut();
              }
              steps.sendInvoiceMail(id);
              steps.markOverdue(id);
              steps.sendReminder(id, 1);
              steps.createEscalation(id);
              return System.nanoTime() - t0;
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    int escalated = count("escalated_at", tag);
    if (escalated != n) {
      throw new IllegalStateException("Direct dunning escalated " + escalated + " of " + n);
    }
    Direct result = new Direct(n / seconds, Stats.ofNanos(latencies));
    log.info("Direct dunning ({}): {} in {} s: {}", phase, n, seconds, result);
    return result;
  }
}
