package dev.portico.bench;

import dev.portico.PorticoApplication;
import dev.portico.bench.TenantQueries.Shape;
import dev.portico.bench.TenantQueries.Timings;
import dev.portico.client.ClientDirectory;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.FeedbackRouting;
import dev.portico.identity.Accounts;
import dev.portico.identity.MagicLinks;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceSteps;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalTasks;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.TaskWork;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.workspace.WorkspaceSettings;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14's benchmark: one run, one table, printed and written to docs/performance.md. A JUnit
 * class only to get the application booted the way its tests boot it (embedded PostgreSQL, embedded
 * engine, real workers, the Vaadin UI on a real port for the page figures); it asserts nothing
 * about time. Run by the bench module only (see the README, "Benchmarks").
 */
@SpringBootTest(classes = PorticoApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "bench"})
class PorticoBenchmark {

  /** The port the pages are served on; sign-in links point at it (portico.base-url). */
  static final int PORT = PageSessions.freePort();

  @DynamicPropertySource
  static void serverOnKnownPort(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("portico.base-url", () -> "http://localhost:" + PORT);
  }

  static final String COMMAND = "./mvnw -Pbench -pl bench -am verify -DskipTests";

  @Autowired ClientFeedback clientFeedback;
  @Autowired FeedbackRouting routing;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired ClientDirectory clients;
  @Autowired ProjectPlanning projects;
  @Autowired InvoiceBilling invoices;
  @Autowired TaskWork work;
  @Autowired PortalProjects portalProjects;
  @Autowired PortalTasks portalTasks;
  @Autowired WorkspaceSettings workspaces;
  @Autowired MagicLinks magicLinks;
  @Autowired DevMailbox mailbox;
  @Autowired DeliverableLibrary deliverables;
  @Autowired InvoiceSteps invoiceSteps;
  @Autowired TransactionTemplate tx;
  @Autowired ZeebeTestEngine engine;
  @Autowired CamundaClient camunda;
  @Autowired Environment environment;

  @Test
  void measure() throws Exception {
    int flows = Integer.getInteger("bench.flows", 200);
    int threads = Integer.getInteger("bench.threads", 4);
    int many = Integer.getInteger("bench.workspaces", 100);
    int few = Integer.getInteger("bench.small-workspaces", 10);
    int clientsPerWorkspace = Integer.getInteger("bench.clients", 1000);
    int repeats = Integer.getInteger("bench.repeats", 40);
    int sessions = Integer.getInteger("bench.sessions", 20);
    Path file = Path.of(System.getProperty("bench.report", "../docs/performance.md"));

    Report report = new Report();
    report.condition(
        "command options",
        String.format(
            "-Dbench.flows=%d -Dbench.threads=%d -Dbench.workspaces=%d"
                + " -Dbench.small-workspaces=%d -Dbench.clients=%d -Dbench.repeats=%d"
                + " -Dbench.sessions=%d",
            flows, threads, many, few, clientsPerWorkspace, repeats, sessions));

    // -Dbench.parts=flows,pages (say) runs only those parts, to look into one of them
    Set<String> parts =
        Set.of(
            System.getProperty("bench.parts", "flows,activation,dunning,tenants,pages,jar")
                .split(","));
    if (parts.contains("flows")) {
      flows(report, flows, threads);
    }
    if (parts.contains("activation")) {
      activation(report, Integer.getInteger("bench.activations", 100));
    }
    if (parts.contains("dunning")) {
      dunning(report, flows, threads); // moves the engine's clock: after the other flows
    }
    if (parts.contains("tenants")) {
      tenants(report, many, few, clientsPerWorkspace, repeats);
    }
    if (parts.contains("pages")) {
      pages(report, Math.max(1, few / 2), sessions);
    }
    if (parts.contains("jar")) {
      productionJar(
          report,
          Path.of(System.getProperty("bench.jar-figures", "target/production-jar.properties")));
    }

    String table = report.markdown();
    // The benchmark's output is this table on stdout (and the file); not application logging.
    System.out.println("\n" + table);
    report.write(file, COMMAND);
  }

  private void flows(Report report, int n, int threads) throws Exception {
    FlowThroughput.Result r =
        new FlowThroughput(clientFeedback, routing, fixtures, jdbc).run(n, threads);
    report.condition(
        "flow dataset",
        n
            + " feedback-routing instances from "
            + threads
            + " client threads, "
            + Math.max(1, n / 10)
            + " agencies; end = assignee notified (the flow waits for staff from there)");
    report.row(
        "Flow throughput, feedback-routing via the engine (instances/s)",
        Report.f(r.enginePerSecond()) + " (" + r.completed() + " of " + r.instances() + " done)",
        "≥ 25",
        r.completed() == r.instances() && r.enginePerSecond() >= 25);
    report.info(
        "Flow start → start accepted by the engine (outbox relay), p50 / p99 (ms)",
        Report.f(r.toRelayed().p50()) + " / " + Report.f(r.toRelayed().p99()));
    report.info(
        "Flow start → routed (inbox item), p50 / p99 (ms)",
        Report.f(r.toRouted().p50()) + " / " + Report.f(r.toRouted().p99()));
    report.info(
        "Flow start → assignee notified, p50 / p99 (ms)",
        Report.f(r.toNotified().p50()) + " / " + Report.f(r.toNotified().p99()));
    report.info(
        "Same work called directly, no engine (instances/s; p50 / p99 ms)",
        Report.f(r.directPerSecond())
            + "; "
            + Report.f(r.direct().p50())
            + " / "
            + Report.f(r.direct().p99()));
    report.row(
        "Engine cost: direct throughput ÷ engine throughput",
        Report.f2(r.ratio()) + "×",
        "≤ 4×",
        r.ratio() <= 4);
  }

  private void activation(Report report, int n) throws InterruptedException {
    JobActivation probe = new JobActivation(camunda, engine, environment);
    report.condition(
        "job activation",
        n
            + " jobs per mode, one at a time (10–60 ms apart, idle engine), a worker on the"
            + " application's client with its defaults: "
            + probe.defaults());
    for (boolean streaming : new boolean[] {false, true}) {
      JobActivation.Result r = probe.measure(streaming, n);
      report.info(
          "Job activation, job created → handler starts, "
              + (streaming ? "job streaming" : "polling")
              + ", p50 / p99 (ms)",
          Report.f(r.latency().p50())
              + " / "
              + Report.f(r.latency().p99())
              + " ("
              + r.samples()
              + " of "
              + n
              + ")");
    }
  }

  private void dunning(Report report, int n, int threads) throws Exception {
    DunningThroughput.Result r =
        new DunningThroughput(invoices, invoiceSteps, fixtures, jdbc, tx, engine).run(n, threads);
    report.condition(
        "dunning dataset",
        n
            + " invoice-dunning instances from "
            + threads
            + " staff threads, "
            + Math.max(1, n / 10)
            + " agencies, reminder offsets "
            + DunningThroughput.REMINDER_OFFSETS
            + ", the engine's clock moved past the due moments; start = staff send the invoice,"
            + " end = dunning escalated (invoice mailed with PDF, marked overdue, reminded, inbox"
            + " item; 4 jobs, 2 timers, 4 mails)");
    report.row(
        "Flow throughput, invoice-dunning via the engine (instances/s)",
        Report.f(r.enginePerSecond()) + " (" + r.completed() + " of " + r.instances() + " done)",
        "≥ 25",
        r.completed() == r.instances() && r.enginePerSecond() >= 25);
    report.info(
        "Dunning send → invoice mailed, p50 / p99 (ms)",
        Report.f(r.toMailed().p50()) + " / " + Report.f(r.toMailed().p99()));
    report.info(
        "Dunning send → escalated, p50 / p99 (ms)",
        Report.f(r.toEscalated().p50()) + " / " + Report.f(r.toEscalated().p99()));
    report.info(
        "Same dunning work called directly, no engine (instances/s; p50 / p99 ms)",
        Report.f(r.directPerSecond())
            + "; "
            + Report.f(r.direct().p50())
            + " / "
            + Report.f(r.direct().p99()));
    report.row(
        "Engine cost, dunning: direct throughput ÷ engine throughput",
        Report.f2(r.ratio()) + "×",
        "≤ 4×",
        r.ratio() <= 4);
  }

  private void tenants(Report report, int many, int few, int clientsPerWorkspace, int repeats) {
    TenantQueries q =
        new TenantQueries(
            jdbc,
            accounts,
            clients,
            projects,
            invoices,
            work,
            portalProjects,
            portalTasks,
            workspaces);
    Shape shape = new Shape(clientsPerWorkspace, 10, 1, 3, 2);
    int measured = Math.max(1, few / 2);
    long small = q.generate(1, few, shape);
    Timings fewTimings = q.measure(measured, few, repeats);
    long large = many > few ? q.generate(few + 1, many, shape) : 0;
    Timings manyTimings = many > few ? q.measure(measured, many, repeats) : fewTimings;
    report.condition(
        "tenant dataset",
        many
            + " workspaces (then "
            + few
            + " for the comparison) × "
            + shape.describe()
            + "; generated in "
            + (small + large) / 1000
            + " s; timed "
            + repeats
            + " calls each in workspace "
            + measured);
    for (Map.Entry<String, Stats> e : manyTimings.byQuery().entrySet()) {
      Stats at = e.getValue();
      Stats before = fewTimings.byQuery().get(e.getKey());
      double ratio = at.p95() / before.p95();
      report.row(
          "Tenant query p95, " + e.getKey() + ", " + many + " workspaces (p50 in brackets, ms)",
          Report.f(at.p95()) + " (" + Report.f(at.p50()) + ")",
          "≤ 5",
          at.p95() <= 5);
      report.row(
          "… same, ÷ p95 at " + few + " workspaces (" + Report.f(before.p95()) + " ms)",
          Report.f2(ratio) + "×",
          "≤ 1.2×",
          ratio <= 1.2);
    }
  }

  /**
   * Page latency at 1, 10 and 25 concurrent signed-in sessions and memory per session, in the
   * tenant dataset's measured workspace {@code w}.
   */
  private void pages(Report report, int w, int sessions) throws Exception {
    PageSessions.Result r =
        new PageSessions(
                jdbc, accounts, magicLinks, mailbox, deliverables, "http://localhost:" + PORT)
            .run(w, sessions, Path.of("target"));
    report.condition("pages", r.dataset() + "; Vaadin in " + r.vaadinMode());
    String levels =
        PageSessions.LEVELS.stream().map(String::valueOf).collect(Collectors.joining(" / "));
    for (PageSessions.Latency l : r.latency()) {
      boolean portal = l.role().equals("portal");
      for (var page : l.byPage().entrySet()) {
        Map<Integer, Stats> at = page.getValue();
        String figure =
            at.values().stream()
                .map(s -> Report.f(s.p95()) + " (" + Report.f(s.p50()) + ")")
                .collect(Collectors.joining(" / "));
        report.info(
            "Page to content p95 (p50), "
                + page.getKey()
                + ", "
                + levels
                + " sessions without think time (saturation; ms)",
            figure);
      }
      int people = PageSessions.LEVELS.getLast();
      for (var page : l.withThinkTime().entrySet()) {
        Stats s = page.getValue();
        String measure =
            "Page to content p95 (p50), "
                + page.getKey()
                + ", "
                + people
                + " sessions, each pausing "
                + PageSessions.THINK_MIN_MS / 1000
                + "–"
                + PageSessions.THINK_MAX_MS / 1000
                + " s between views (ms)";
        String figure = Report.f(s.p95()) + " (" + Report.f(s.p50()) + ")";
        if (portal) {
          report.row(measure, figure, "≤ 300 at " + people, s.p95() <= 300);
        } else {
          report.info(measure, figure);
        }
      }
    }
    for (PageSessions.Latency l : r.latency()) {
      report.info(
          "Server CPU per "
              + l.role()
              + " page view at "
              + levels
              + " sessions (ms; whole JVM ÷ views); response KB per page",
          l.cpuMsPerView().values().stream().map(Report::f).collect(Collectors.joining(" / "))
              + "; "
              + l.responseBytes().entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> e.getKey() + " " + Report.f(e.getValue() / 1024.0))
                  .collect(Collectors.joining(", ")));
    }
    for (PageSessions.Memory m : r.memory()) {
      boolean portal = m.role().equals("portal");
      double limit = portal ? 150 : 500;
      report.row(
          "Memory per "
              + m.role()
              + " session: heap slope after GC over 0 / "
              + m.step()
              + " / "
              + 2 * m.step()
              + " sessions, net of the growth without sessions (KB; each half in brackets)",
          Report.f(m.kbPerSession())
              + " ("
              + Report.f(m.kbPerSessionFirstHalf())
              + ", "
              + Report.f(m.kbPerSessionSecondHalf())
              + ")",
          "≤ " + Report.f(limit).replace(".0", ""),
          // The two halves disagree when the heap's growth without sessions was not steady
          // (the embedded engine's log): then the figure says nothing either way.
          m.steady() ? m.kbPerSession() <= limit : null);
      report.info(
          "Heap growth with no session, right after the " + m.role() + " sessions (KB/s)",
          Report.f(m.idleBytesPerSecond() / 1024));
    }
  }

  /** The figures bench/production-jar.sh measured, when it ran. */
  private static void productionJar(Report report, Path figures) throws IOException {
    if (!Files.exists(figures)) {
      report.info(
          "Production jar: size, start-up, idle RSS", "not measured (run bench/production-jar.sh)");
      return;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(figures)) {
      p.load(in);
    }
    long bytes = Long.parseLong(p.getProperty("jar.bytes"));
    report.condition(
        "production jar",
        p.getProperty("jar")
            + " measured "
            + p.getProperty("measured.at")
            + " by bench/production-jar.sh on "
            + p.getProperty("java")
            + " with "
            + p.getProperty("jvm.options", "no JVM options")
            + ": embedded default (embedded PostgreSQL and engine, demo seeded, fresh data folder);"
            + " as the production image runs it (jar extracted, AOT cache from a training run,"
            + " decision 033) and as plain `java -jar`");
    report.info("Production jar size (MB)", Report.f(bytes / 1024.0 / 1024.0));
    if (p.getProperty("image.startup.ms") != null) {
      long imageMs = Long.parseLong(p.getProperty("image.startup.ms"));
      report.row(
          "Start-up to /actuator/health 200, as the image runs it: extracted, AOT cache (s)",
          Report.f(imageMs / 1000.0),
          "≤ 15",
          imageMs <= 15_000);
      report.info(
          "AOT cache: training run (s); cache size (MB)",
          Report.f(Long.parseLong(p.getProperty("image.training.ms")) / 1000.0)
              + "; "
              + Report.f(Long.parseLong(p.getProperty("image.aot.bytes")) / 1024.0 / 1024.0));
      rss(
          report,
          "Idle RSS of the JVM 15 s after healthy, as the image runs it (MB)",
          p,
          "image.",
          true);
    }
    long startupMs = Long.parseLong(p.getProperty("startup.ms"));
    report.info(
        "Start-up to /actuator/health 200, plain `java -jar` (s)", Report.f(startupMs / 1000.0));
    rss(report, "Idle RSS of the JVM 15 s after healthy, plain `java -jar` (MB)", p, "", false);
  }

  private static void rss(
      Report report, String measure, Properties p, String prefix, boolean judged) {
    long rssKb = Long.parseLong(p.getProperty(prefix + "rss.kb"));
    long pgKb = Long.parseLong(p.getProperty(prefix + "postgres.rss.kb", "0"));
    String figure =
        Report.f(rssKb / 1024.0) + " (+ " + Report.f(pgKb / 1024.0) + " embedded PostgreSQL)";
    if (judged) {
      report.row(measure, figure, "≤ 600", rssKb / 1024.0 <= 600);
    } else {
      report.info(measure, figure);
    }
  }
}
