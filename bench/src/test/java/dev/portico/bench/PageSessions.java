package dev.portico.bench;

import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.identity.Accounts;
import dev.portico.identity.MagicLinks;
import dev.portico.identity.SignInRateLimit;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Page latency under concurrent signed-in sessions, and memory per session, on the application
 * running in this JVM (Vaadin on a real port). People sign in over HTTP the way a mailed magic link
 * does it (the link's page, then its form's POST); a page view is replayed as the browser's first
 * request for the page, which carries the route's rendered content (Vaadin's eager server load),
 * timed until the whole response has arrived. The view's UI is then closed with the beacon a
 * browser sends when it leaves a page, so a session holds one open page, as one browser tab does.
 * 25 headless browsers on 2 cores would measure the browsers, not Portico (decision 029).
 *
 * <p>Memory per session: heap used after full GCs with 0, N and 2N sessions of one role signed in,
 * each having viewed that role's pages and keeping the last one open; the slope is the cost of a
 * session. Class histograms before and after go to {@code target/} to say what a session holds.
 */
final class PageSessions {

  private static final Logger log = LoggerFactory.getLogger(PageSessions.class);

  /** Sessions signed in before anything is measured: class loading, JIT, Vaadin's caches. */
  static final int WARM_UP_SESSIONS = 2;

  /** Concurrent sessions the latency is measured at. */
  static final List<Integer> LEVELS = List.of(1, 10, 25);

  /**
   * A person's pause between two page views in the think-time run, drawn evenly from this range
   * (ms): reading a page, then clicking on. The runs at {@link #LEVELS} have none (each session's
   * next request leaves as soon as its page has arrived: 25 sessions are 25 requests always in
   * flight, a saturation test); the think-time run is 25 people using the pages at once.
   */
  static final int THINK_MIN_MS = 1_000;

  static final int THINK_MAX_MS = 3_000;

  /** Views of each page per session in the think-time run. */
  private static final int THINK_ROUNDS = 4;

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s\"<>]*/login/ott\\?token=[A-Za-z0-9_-]+");
  private static final Pattern FORM =
      Pattern.compile(
          "<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
  private static final Pattern CSRF =
      Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

  /**
   * A page a person views: its address and texts that show it was rendered for them (the page's own
   * data, not the sign-in page or "Not found").
   */
  record View(String name, String path, List<String> content) {}

  /** A person and the pages they view, in order; the last one stays open. */
  record Person(String email, List<View> views) {}

  /** One signed-in browser: its session cookie and its person. */
  static final class Session {
    final Person person;
    final String link;
    String cookie;

    Session(Person person, String link) {
      this.person = person;
      this.link = link;
    }
  }

  /**
   * Heap used after GC with 0, N and 2N sessions of one role, net of the heap's growth without
   * sessions over the same time ({@code idleBytesPerSecond}, measured right after).
   */
  record Memory(String role, int step, long at0, long atN, long at2N, double idleBytesPerSecond) {

    double kbPerSession() {
      return (at2N - at0) / 1024.0 / (2.0 * step);
    }

    double kbPerSessionFirstHalf() {
      return (atN - at0) / 1024.0 / step;
    }

    /** Whether both halves agree within a third of the larger: a steady background. */
    boolean steady() {
      double a = kbPerSessionFirstHalf();
      double b = kbPerSessionSecondHalf();
      return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) / 3;
    }

    double kbPerSessionSecondHalf() {
      return (at2N - atN) / 1024.0 / step;
    }
  }

  /**
   * p50/p95 of one page's views per number of concurrent sessions; the JVM's CPU time per view at
   * each level (all threads, the engine's too: load-independent, unlike the times); the size of
   * each page's response.
   */
  record Latency(
      String role,
      Map<String, Map<Integer, Stats>> byPage,
      Map<Integer, Double> cpuMsPerView,
      Map<String, Integer> responseBytes,
      Map<String, Stats> withThinkTime) {}

  record Result(
      String dataset,
      List<Latency> latency,
      List<Memory> memory,
      String vaadinMode,
      long setupMs) {}

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final MagicLinks magicLinks;
  private final DevMailbox mailbox;
  private final DeliverableLibrary deliverables;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private int addresses;
  private final Map<String, Integer> responseBytes = new ConcurrentHashMap<>();

  PageSessions(
      JdbcClient jdbc,
      Accounts accounts,
      MagicLinks magicLinks,
      DevMailbox mailbox,
      DeliverableLibrary deliverables,
      String base) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.magicLinks = magicLinks;
    this.mailbox = mailbox;
    this.deliverables = deliverables;
    this.base = base;
  }

  /**
   * Measures in generated workspace number {@code w} (the tenant dataset's measured one): its
   * contacts (each company with one project and one deliverable in review, added here) and its
   * staff. {@code step} sessions per memory step and role; latency uses the first 25 of them.
   */
  Result run(int w, int step, Path histograms) throws Exception {
    long start = System.nanoTime();
    int perRole = WARM_UP_SESSIONS + 2 * step;
    if (perRole < LEVELS.getLast() + WARM_UP_SESSIONS) {
      throw new IllegalArgumentException(
          "bench.sessions must be at least " + (LEVELS.getLast() + 1) / 2);
    }
    UUID workspace =
        jdbc.sql("select id from workspace where slug = ?")
            .param("bench-" + w)
            .query(UUID.class)
            .single();
    List<Person> clients = clients(workspace, perRole);
    List<Person> staff = staff(workspace, perRole);
    long setupMs = (System.nanoTime() - start) / 1_000_000;
    String dataset =
        "workspace "
            + w
            + " of the tenant dataset: "
            + clients.size()
            + " contacts of as many companies (each its project, one deliverable in review), "
            + staff.stream().map(Person::email).distinct().count()
            + " staff (up to "
            + SignInRateLimit.LIMIT
            + " sessions each, the sign-in link limit); views replayed at 1, 10 and 25 sessions without think"
            + " time, then at 25 with a person's pauses";

    List<Memory> memory = new ArrayList<>();
    List<Latency> latency = new ArrayList<>();
    for (var role : List.of(Map.entry("portal", clients), Map.entry("staff", staff))) {
      List<Session> sessions = signInAll(role.getValue());
      // Warm-up: class loading, JIT, route and query caches; these sessions stay signed in.
      for (Session s : sessions.subList(0, WARM_UP_SESSIONS)) {
        signIn(s);
        for (int i = 0; i < 5; i++) {
          viewAll(s, i == 4);
        }
      }
      List<Session> measured = sessions.subList(WARM_UP_SESSIONS, sessions.size());
      memory.add(memory(role.getKey(), measured, step, histograms));
      latency.add(latency(role.getKey(), measured));
    }
    return new Result(dataset, latency, memory, vaadinMode(), setupMs);
  }

  /** Contacts of the workspace's first companies; each company's project gets a deliverable. */
  private List<Person> clients(UUID workspace, int count) {
    record Contact(String email, UUID projectId, String projectName) {}
    List<Contact> contacts =
        jdbc.sql(
                "select a.email, p.id, p.name from account a join client c on c.id = a.client_id"
                    + " join lateral (select id, name from project where client_id = c.id"
                    + " order by name limit 1) p on true"
                    + " where a.workspace_id = ? and a.role = 'CLIENT'"
                    + " and a.portal_status = 'ACTIVE' order by c.name, a.email limit ?")
            .params(workspace, count)
            .query(
                (rs, n) ->
                    new Contact(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)))
            .list();
    if (contacts.size() < count) {
      throw new IllegalStateException(
          "The workspace has " + contacts.size() + " contacts; " + count + " needed");
    }
    String staffEmail =
        jdbc.sql(
                "select email from account where workspace_id = ? and role = 'STAFF'"
                    + " order by email limit 1")
            .param(workspace)
            .query(String.class)
            .single();
    Fixtures.signIn(accounts.findByEmail(staffEmail).orElseThrow().sessionUser());
    Map<UUID, UUID> deliverableOf = new HashMap<>();
    try {
      for (Contact c : contacts) {
        deliverableOf.computeIfAbsent(
            c.projectId(),
            project -> {
              UUID id =
                  deliverables.create(
                      project, new DeliverableForm("Brand guide", null, null, null));
              deliverables.upload(id, "brand-guide.pdf", new ByteArrayInputStream(PDF));
              deliverables.markReady(id);
              return id;
            });
      }
    } finally {
      Fixtures.signOut();
    }
    return contacts.stream()
        .map(
            c ->
                new Person(
                    c.email(),
                    List.of(
                        new View(
                            "portal home", "/portal", List.of("Ongoing work", c.projectName())),
                        new View(
                            "portal project page",
                            "/portal/projects/" + c.projectId(),
                            List.of(c.projectName(), "Brand guide")),
                        new View(
                            "deliverable review page",
                            "/portal/projects/"
                                + c.projectId()
                                + "/deliverables/"
                                + deliverableOf.get(c.projectId()),
                            List.of("Brand guide", "brand-guide.pdf")))))
        .toList();
  }

  /** The workspace's staff, each signed in up to the link limit, round robin. */
  private List<Person> staff(UUID workspace, int count) {
    List<String> emails =
        jdbc.sql(
                "select email from account where workspace_id = ? and role in ('OWNER', 'STAFF')"
                    + " order by email")
            .param(workspace)
            .query(String.class)
            .list();
    if (emails.size() * SignInRateLimit.LIMIT < count) {
      throw new IllegalStateException(
          emails.size()
              + " staff can hold "
              + emails.size() * SignInRateLimit.LIMIT
              + " sessions; "
              + count
              + " needed (lower bench.sessions)");
    }
    String someProject =
        jdbc.sql("select name from project where workspace_id = ? order by name limit 1")
            .param(workspace)
            .query(String.class)
            .single();
    List<View> views =
        List.of(
            new View("staff inbox", "/staff/inbox", List.of("Inbox")),
            new View("staff project list", "/staff/projects", List.of("Projects", someProject)));
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(new Person(emails.get(i % emails.size()), views));
    }
    return people;
  }

  /**
   * Mails a sign-in link per session (before anything is measured: the mails and the rate limiter's
   * entries are not per-session memory) and keeps each as the session's link.
   */
  private List<Session> signInAll(List<Person> people) throws InterruptedException {
    long before = mailbox.mails().stream().mapToLong(CapturedMail::number).max().orElse(0);
    Map<String, Integer> wanted = new LinkedHashMap<>();
    for (Person p : people) {
      magicLinks.request(p.email(), "127.0.1." + (1 + addresses++ % 250));
      wanted.merge(p.email(), 1, Integer::sum);
    }
    Map<String, List<String>> links = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      links.clear();
      for (CapturedMail m : mailbox.mails()) {
        if (m.number() > before && wanted.containsKey(m.mail().to())) {
          Matcher link = LINK.matcher(m.mail().text());
          if (link.find()) {
            links.computeIfAbsent(m.mail().to(), k -> new ArrayList<>()).add(link.group());
          }
        }
      }
      boolean all =
          wanted.entrySet().stream()
              .allMatch(e -> links.getOrDefault(e.getKey(), List.of()).size() >= e.getValue());
      if (all) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Sign-in links did not all arrive: " + links.keySet());
      }
      Thread.sleep(50);
    }
    List<Session> sessions = new ArrayList<>();
    Map<String, Integer> used = new HashMap<>();
    for (Person p : people) {
      int i = used.merge(p.email(), 1, Integer::sum) - 1;
      sessions.add(new Session(p, links.get(p.email()).get(i)));
    }
    return sessions;
  }

  /** Opens the session's link and presses its button: the form's POST signs the person in. */
  private void signIn(Session s) throws IOException, InterruptedException {
    String link = s.link;
    HttpResponse<String> landing = send(HttpRequest.newBuilder(URI.create(link)).GET(), null);
    // No session yet (decision 027): the page's CSRF token comes in a cookie, sent back with it.
    String cookie = cookies(landing).collect(Collectors.joining("; "));
    Matcher form = FORM.matcher(landing.body());
    if (landing.statusCode() != 200 || cookie.isEmpty() || !form.find()) {
      throw new IllegalStateException(
          "The sign-in link's page answered " + landing.statusCode() + ": " + head(landing));
    }
    StringBuilder fields = new StringBuilder();
    Matcher input = INPUT.matcher(landing.body());
    while (input.find()) {
      Matcher name = NAME.matcher(input.group());
      Matcher value = VALUE.matcher(input.group());
      if (name.find()) {
        fields
            .append(fields.isEmpty() ? "" : "&")
            .append(
                URLEncoder.encode(HtmlUtils.htmlUnescape(name.group(1)), StandardCharsets.UTF_8))
            .append('=')
            .append(
                value.find()
                    ? URLEncoder.encode(
                        HtmlUtils.htmlUnescape(value.group(1)), StandardCharsets.UTF_8)
                    : "");
      }
    }
    HttpResponse<String> posted =
        send(
            HttpRequest.newBuilder(URI.create(link).resolve(HtmlUtils.htmlUnescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.toString())),
            cookie);
    String location = posted.headers().firstValue("Location").orElse("");
    if (posted.statusCode() / 100 != 3 || location.contains("/login")) {
      throw new IllegalStateException(
          "Signing in " + s.person.email() + " answered " + posted.statusCode() + " " + location);
    }
    s.cookie = sessionCookie(posted);
    if (s.cookie == null) {
      throw new IllegalStateException("Signing in " + s.person.email() + " started no session");
    }
  }

  /** Views each of the person's pages, closing each but (if {@code keepLast}) the last. */
  private void viewAll(Session s, boolean keepLast) throws IOException, InterruptedException {
    List<View> views = s.person.views();
    for (int i = 0; i < views.size(); i++) {
      view(s, views.get(i), !(keepLast && i == views.size() - 1));
    }
  }

  /**
   * One page view: the page's request until its whole response (with the rendered route) has
   * arrived; then, if {@code close}, the beacon a browser sends when it leaves the page.
   *
   * @return nanoseconds to content
   */
  private long view(Session s, View v, boolean close) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(base + v.path())).GET(), s.cookie);
    long nanos = System.nanoTime() - t0;
    String body = page.body();
    responseBytes.put(v.name(), body.getBytes(StandardCharsets.UTF_8).length);
    if (page.statusCode() != 200 || !v.content().stream().allMatch(body::contains)) {
      throw new IllegalStateException(
          v.name()
              + " ("
              + v.path()
              + ") for "
              + s.person.email()
              + " answered "
              + page.statusCode()
              + " without "
              + v.content()
              + ": "
              + head(page));
    }
    if (close) {
      Matcher ui = UI_ID.matcher(body);
      Matcher csrf = CSRF.matcher(body);
      if (!ui.find() || !csrf.find()) {
        throw new IllegalStateException(v.name() + ": no UI id or security key in the page");
      }
      HttpResponse<String> unload =
          send(
              HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                  .header("Content-Type", "application/json; charset=UTF-8")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[],\"UNLOAD\":true}")),
              s.cookie);
      if (unload.statusCode() != 200) {
        throw new IllegalStateException(
            v.name() + ": closing the UI answered " + unload.statusCode());
      }
    }
    return nanos;
  }

  private Memory memory(String role, List<Session> sessions, int step, Path histograms)
      throws Exception {
    long at0 = heapAfterGc();
    long t0 = System.nanoTime();
    Map<String, long[]> before = histogram();
    for (Session s : sessions.subList(0, step)) {
      signIn(s);
      viewAll(s, true);
    }
    long atN = heapAfterGc();
    long tN = System.nanoTime();
    for (Session s : sessions.subList(step, 2 * step)) {
      signIn(s);
      viewAll(s, true);
    }
    long at2N = heapAfterGc();
    long t2N = System.nanoTime();
    Map<String, long[]> after = histogram();
    // The control: as long again with no new session. The heap grows without any session too
    // (the embedded engine keeps every log entry in memory); that growth is not the sessions'.
    Thread.sleep(Math.max(10_000, (t2N - t0) / 1_000_000));
    long atIdle = heapAfterGc();
    long tIdle = System.nanoTime();
    Map<String, long[]> idle = histogram();
    double perSecond = (atIdle - at2N) / ((tIdle - t2N) / 1e9);
    Memory m =
        new Memory(
            role,
            step,
            at0,
            atN - Math.round(perSecond * (tN - t0) / 1e9),
            at2N - Math.round(perSecond * (t2N - t0) / 1e9),
            perSecond);
    Files.createDirectories(histograms);
    List<String> sessionClasses =
        growth(before, after, idle, (t2N - t0) / (double) (tIdle - t2N), 2 * step);
    Files.write(histograms.resolve("session-histogram-" + role + ".txt"), sessionClasses);
    List<String> idleClasses = growth(after, idle, idle, 0, (tIdle - t2N) / 1e9);
    Files.write(histograms.resolve("idle-histogram-" + role + ".txt"), idleClasses);
    log.info(
        "Memory, {}: {} / {} / {} bytes at 0 / {} / {} sessions, {} bytes after as long idle"
            + " ({} KB/s); {} KB per session net of that; per session:\n  {}\nper second idle:"
            + "\n  {}",
        role,
        at0,
        atN,
        at2N,
        step,
        2 * step,
        atIdle,
        Report.f(perSecond / 1024),
        Report.f(m.kbPerSession()),
        String.join("\n  ", sessionClasses.subList(0, Math.min(15, sessionClasses.size()))),
        String.join("\n  ", idleClasses.subList(0, Math.min(6, idleClasses.size()))));
    return m;
  }

  private Latency latency(String role, List<Session> sessions) throws Exception {
    Map<String, Map<Integer, Stats>> byPage = new LinkedHashMap<>();
    Map<Integer, Double> cpuMsPerView = new LinkedHashMap<>();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<View> views = sessions.getFirst().person.views();
    for (int level : LEVELS) {
      long cpu0 = os.getProcessCpuTime();
      // Each session views its pages this many times: at least 40 views of each page per level.
      int rounds = Math.max(4, (40 + level - 1) / level);
      Map<String, List<Long>> nanos = viewConcurrently(sessions.subList(0, level), rounds, false);
      long count = nanos.values().stream().mapToLong(List::size).sum();
      cpuMsPerView.put(level, (os.getProcessCpuTime() - cpu0) / 1e6 / count);
      for (View v : views) {
        byPage
            .computeIfAbsent(v.name(), k -> new LinkedHashMap<>())
            .put(level, Stats.ofNanos(nanos.get(v.name())));
      }
      log.info(
          "Pages, {} at {} sessions: {}; CPU ms per view {}; response bytes {}",
          role,
          level,
          byPage,
          cpuMsPerView,
          responseBytes);
    }
    Map<String, List<Long>> thinking =
        viewConcurrently(sessions.subList(0, LEVELS.getLast()), THINK_ROUNDS, true);
    Map<String, Stats> withThinkTime = new LinkedHashMap<>();
    for (View v : views) {
      withThinkTime.put(v.name(), Stats.ofNanos(thinking.get(v.name())));
    }
    log.info("Pages, {} at {} sessions with think time: {}", role, LEVELS.getLast(), withThinkTime);
    return new Latency(role, byPage, cpuMsPerView, Map.copyOf(responseBytes), withThinkTime);
  }

  /**
   * The sessions view their pages {@code rounds} times each, all starting together; with {@code
   * think}, each pauses between views as a person would ({@link #THINK_MIN_MS}–{@link
   * #THINK_MAX_MS}, from a fixed seed per session), starting at a random point of the first pause.
   *
   * @return nanoseconds to content per page
   */
  private Map<String, List<Long>> viewConcurrently(
      List<Session> sessions, int rounds, boolean think) throws Exception {
    Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < sessions.size(); i++) {
        Session s = sessions.get(i);
        Random random = new Random(i);
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  if (think) {
                    Thread.sleep(random.nextInt(THINK_MAX_MS));
                  }
                  for (int r = 0; r < rounds; r++) {
                    for (View v : s.person.views()) {
                      long t = view(s, v, true);
                      nanos
                          .computeIfAbsent(
                              v.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                          .add(t);
                      if (think) {
                        Thread.sleep(THINK_MIN_MS + random.nextInt(THINK_MAX_MS - THINK_MIN_MS));
                      }
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return nanos;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String cookie)
      throws IOException, InterruptedException {
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The session cookie the response sets ({@code name=value}), else null. */
  private static String sessionCookie(HttpResponse<?> response) {
    return cookies(response).filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
  }

  /** The cookies the response sets, each as the {@code name=value} a browser sends back. */
  private static Stream<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
  }

  private static String head(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    return response.headers().firstValue("Location").map(l -> "→ " + l + " ").orElse("")
        + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ");
  }

  /** Heap used after full collections, repeated until it stops falling by more than 64 KB. */
  static long heapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      Thread.sleep(200);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (last - used < 64 * 1024) {
        return Math.min(last, used);
      }
      last = used;
    }
    return last;
  }

  /** Instances and bytes per class (the JVM's GC.class_histogram, after a full GC). */
  private static Map<String, long[]> histogram() throws Exception {
    String text =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    Map<String, long[]> byClass = new HashMap<>();
    Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    for (String line : text.split("\n")) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        byClass.put(
            m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
      }
    }
    return byClass;
  }

  /**
   * Classes by bytes gained from {@code before} to {@code after}, less {@code scale} times what
   * they gained from {@code after} to {@code control}, per {@code per} (sessions or seconds),
   * largest first: "bytes instances class".
   */
  private static List<String> growth(
      Map<String, long[]> before,
      Map<String, long[]> after,
      Map<String, long[]> control,
      double scale,
      double per) {
    long[] none = new long[2];
    List<Map.Entry<String, double[]>> gained = new ArrayList<>();
    for (var e : after.entrySet()) {
      long[] was = before.getOrDefault(e.getKey(), none);
      long[] then = control.getOrDefault(e.getKey(), none);
      long[] now = e.getValue();
      double instances = now[0] - was[0] - scale * (then[0] - now[0]);
      double bytes = now[1] - was[1] - scale * (then[1] - now[1]);
      gained.add(Map.entry(e.getKey(), new double[] {instances / per, bytes / per}));
    }
    return gained.stream()
        .filter(e -> e.getValue()[1] > 0)
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[1]))
        .limit(60)
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "%9.0f B %8.1f inst  %s",
                    e.getValue()[1],
                    e.getValue()[0],
                    e.getKey()))
        .collect(Collectors.toList());
  }

  /** Whether Vaadin runs in production mode (the frontend bundle the ui build compiled). */
  static String vaadinMode() {
    try (InputStream info =
        PageSessions.class
            .getClassLoader()
            .getResourceAsStream("META-INF/VAADIN/config/flow-build-info.json")) {
      String text = info == null ? "" : new String(info.readAllBytes(), StandardCharsets.UTF_8);
      return text.matches("(?s).*\"productionMode\"\\s*:\\s*true.*")
          ? "production mode"
          : "development mode (no production bundle in the ui build)";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
