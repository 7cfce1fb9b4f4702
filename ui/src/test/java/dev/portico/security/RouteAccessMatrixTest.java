package dev.portico.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.FeedbackUpload;
import dev.portico.file.FileSharing;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.SampleFiles;
import dev.portico.workspace.PortalSettings;
import dev.portico.workspace.WorkspaceSettings;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every route × every kind of subject in a real browser: who sees the page, who is sent to sign in,
 * and who gets "Not found" (never "forbidden"). New features add rows here.
 */
class RouteAccessMatrixTest extends BrowserTest {

  /** What a subject gets on a route. */
  enum Seen {
    PAGE,
    LOGIN,
    NOT_FOUND
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired JdbcClient jdbc;
  @Autowired PortalSettings portalSettings;
  @Autowired WorkspaceSettings workspaceSettings;
  @Autowired FileSharing sharing;

  @Autowired DeliverableLibrary library;

  @Autowired InvoiceBilling billing;

  @Autowired Clock clock;
  @Autowired ClientFeedback feedback;

  private record Route(String path, String heading) {}

  /**
   * On top of the world: deliverables (one in review per agency, one draft in A) and a file the
   * client of A1 attached to feedback.
   */
  private record Shared(UUID inReviewA1, UUID draftA1, UUID inReviewB1, UUID feedbackFileA1) {}

  private Shared shared(World w) {
    UUID a1 = inReview(w.a().staff(), w.a().project1(), "Deliverable A1");
    UUID b1 = inReview(w.b().staff(), w.b().project1(), "Deliverable B1");
    Fixtures.signIn(w.a().staff());
    UUID draft =
        library.create(w.a().project1(), new DeliverableForm("Draft A1", null, null, null));
    Fixtures.signIn(w.a().clientOf1());
    feedback.send(
        w.a().project1(),
        "See the attached brief.",
        List.of(new FeedbackUpload("brief.pdf", new ByteArrayInputStream(PDF))));
    UUID file = feedback.mine().getFirst().attachments().getFirst().id();
    Fixtures.signOut();
    return new Shared(a1, draft, b1, file);
  }

  private UUID inReview(SessionUser staff, UUID projectId, String title) {
    Fixtures.signIn(staff);
    UUID id = library.create(projectId, new DeliverableForm(title, null, null, null));
    library.upload(id, "brief.pdf", new ByteArrayInputStream(PDF));
    library.markReady(id);
    Fixtures.signOut();
    return id;
  }

  private static List<Route> routes(World w, Shared d) {
    Agency a = w.a();
    Agency b = w.b();
    String portalA1 = "/portal/projects/" + a.project1() + "/deliverables/";
    return List.of(
        new Route("/staff/projects", "Projects"),
        new Route("/staff/projects/" + a.project1(), "Project A1"),
        new Route("/staff/projects/" + b.project1(), "Project B1"),
        new Route("/staff/projects/not-a-uuid", null),
        new Route("/staff/clients", "Clients"),
        new Route("/staff/clients/" + a.client1(), "Client A1"),
        new Route("/staff/clients/" + b.client1(), "Client B1"),
        new Route("/staff/inbox", "Inbox"),
        new Route("/staff/engine", "Engine"),
        new Route("/portal", null),
        new Route("/portal/projects", "Your projects"),
        new Route("/portal/projects/" + a.project1(), "Project A1"),
        new Route("/portal/projects/" + a.project2(), "Project A2"),
        new Route("/portal/projects/" + b.project1(), "Project B1"),
        new Route("/portal/projects/12345", null),
        new Route("/portal/feedback", "Feedback"),
        new Route("/portal/tasks", "Tasks"),
        new Route("/portal/tasks/" + a.visibleTask1(), "Visible task A"),
        new Route("/portal/tasks/" + a.internalTask1(), null),
        new Route("/portal/tasks/" + b.visibleTask1(), null),
        new Route("/portal/tasks/not-a-uuid", null),
        new Route("/files/feedback/" + d.feedbackFileA1(), null),
        new Route("/staff/deliverables/" + d.inReviewA1(), "Deliverable A1"),
        new Route("/staff/deliverables/" + d.inReviewB1(), "Deliverable B1"),
        new Route("/staff/deliverables/x", null),
        new Route(portalA1 + d.inReviewA1(), "Deliverable A1"),
        new Route(portalA1 + d.draftA1(), null),
        new Route("/portal/projects/" + a.project2() + "/deliverables/" + d.inReviewA1(), null),
        new Route("/portal/projects/" + b.project1() + "/deliverables/" + d.inReviewB1(), null),
        new Route("/staff/tasks/" + a.internalTask1(), "Internal task A"),
        new Route("/staff/tasks/" + b.internalTask1(), "Internal task B"),
        new Route("/staff/tasks/not-a-task", null));
  }

  /** Expected outcome per route (same order as {@link #routes}) for each subject. */
  private static Map<String, List<Seen>> expectations() {
    Seen P = Seen.PAGE, L = Seen.LOGIN, N = Seen.NOT_FOUND;
    Map<String, List<Seen>> m = new LinkedHashMap<>();
    // Engine: owners only. Feedback and tasks rows: feedback, tasks, visible task A1, internal
    // task A1, visible task B1, malformed, feedback file of A1. Deliverable rows: staff A1, staff
    // B1, malformed, portal A1, draft A1, A1 under A2, B1. Staff task pages: A1, B1, malformed.
    m.put(
        "anonymous",
        List.of(
            L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
            L, L, L));
    m.put(
        "client of A1",
        List.of(
            N, N, N, N, N, N, N, N, N, P, P, P, N, N, N, P, P, P, N, N, N, P, N, N, N, P, N, N, N,
            N, N, N));
    m.put(
        "client of A2",
        List.of(
            N, N, N, N, N, N, N, N, N, P, P, N, P, N, N, P, P, N, N, N, N, N, N, N, N, N, N, N, N,
            N, N, N));
    m.put(
        "staff A",
        List.of(
            P, P, N, N, P, P, N, P, N, N, N, N, N, N, N, N, N, N, N, N, N, P, P, N, N, N, N, N, N,
            P, N, N));
    m.put(
        "owner A",
        List.of(
            P, P, N, N, P, P, N, P, P, N, N, N, N, N, N, N, N, N, N, N, N, P, P, N, N, N, N, N, N,
            P, N, N));
    m.put(
        "staff B",
        List.of(
            P, N, P, N, P, N, P, P, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, P, N, N, N, N, N,
            N, P, N));
    return m;
  }

  @Test
  void everyRouteAnswersEachSubjectAsExpected() {
    World world = fixtures.world();
    Map<String, SessionUser> subjects = new LinkedHashMap<>();
    subjects.put("anonymous", null);
    subjects.put("client of A1", world.a().clientOf1());
    subjects.put("client of A2", world.a().clientOf2());
    subjects.put("staff A", world.a().staff());
    subjects.put("owner A", world.a().owner());
    subjects.put("staff B", world.b().staff());

    List<String> mismatches = new ArrayList<>();
    List<Route> routes = routes(world, shared(world));
    for (var subject : subjects.entrySet()) {
      Page page = newBrowser();
      if (subject.getValue() != null) {
        signIn(page, subject.getValue().email());
      }
      List<Seen> expected = expectations().get(subject.getKey());
      for (int i = 0; i < routes.size(); i++) {
        Route route = routes.get(i);
        Seen seen = visit(page, route);
        if (seen != expected.get(i)) {
          mismatches.add(
              route.path()
                  + " as "
                  + subject.getKey()
                  + ": expected "
                  + expected.get(i)
                  + " but saw "
                  + seen);
        }
      }
      page.context().close();
    }
    assertThat(mismatches).isEmpty();
  }

  /** One row of the billing matrix: what each subject gets, in {@link #SUBJECTS} order. */
  private record Row(String path, String heading, String expected) {

    Seen seenBy(int subject) {
      return switch (expected.split(" ")[subject]) {
        case "P" -> Seen.PAGE;
        case "L" -> Seen.LOGIN;
        case "N" -> Seen.NOT_FOUND;
        default -> throw new IllegalArgumentException(expected);
      };
    }
  }

  private static final List<String> SUBJECTS =
      List.of("anonymous", "client of A1", "client of A2", "staff A", "owner A", "staff B");

  /**
   * Billing: the staff invoice pages, the portal's Billing pages, an invoice's PDF and Stripe's
   * hosted page for it (a 303 to Stripe counts as the page). Invoices: A's sent to client 1 and to
   * client 2, A's draft for client 1, B's sent to its client 1.
   */
  @Test
  void billingRoutesAnswerEachSubjectAsExpected() {
    World w = fixtures.world();
    UUID sentA1 = invoice(w.a(), w.a().client1(), true);
    UUID sentA2 = invoice(w.a(), w.a().client2(), true);
    UUID draftA1 = invoice(w.a(), w.a().client1(), false);
    UUID sentB1 = invoice(w.b(), w.b().client1(), true);
    List<Row> pages =
        List.of(
            new Row("/staff/invoices", "Invoices", "L N N P P P"),
            new Row("/staff/invoices/new", "New invoice", "L N N P P P"),
            new Row("/staff/invoices/new?client=" + w.a().client1(), "New invoice", "L N N P P N"),
            new Row("/staff/invoices/" + sentA1, "INV-0001", "L N N P P N"),
            new Row("/staff/invoices/" + draftA1, "Draft invoice", "L N N P P N"),
            new Row("/staff/invoices/" + sentB1, "INV-0001", "L N N N N P"),
            new Row("/staff/invoices/not-a-uuid", null, "L N N N N N"),
            new Row("/portal/billing", "Client Invoices", "L P P N N N"),
            new Row("/portal/billing/" + sentA1, "Invoice INV-0001", "L P N N N N"),
            new Row("/portal/billing/" + sentA2, "Invoice INV-0002", "L N P N N N"),
            new Row("/portal/billing/" + draftA1, null, "L N N N N N"),
            new Row("/portal/billing/" + sentB1, null, "L N N N N N"),
            new Row("/portal/billing/12345", null, "L N N N N N"));
    List<Row> files =
        List.of(
            new Row("/files/invoices/" + sentA1, null, "L P N P P N"),
            new Row("/files/invoices/" + draftA1, null, "L N N P P N"),
            new Row("/files/invoices/" + sentB1, null, "L N N N N P"),
            new Row("/files/invoices/not-a-uuid", null, "L N N N N N"),
            new Row("/billing/" + sentA1 + "/checkout", null, "L P N N N N"),
            new Row("/billing/" + sentA2 + "/checkout", null, "L N P N N N"),
            new Row("/billing/" + draftA1 + "/checkout", null, "L N N N N N"),
            new Row("/billing/" + sentB1 + "/checkout", null, "L N N N N N"),
            new Row("/billing/not-a-uuid/checkout", null, "L N N N N N"));
    assertEachSubjectSees(w, pages, files);
  }

  /** The Settings page: owners only; everyone else is told it does not exist. */
  @Test
  void settingsAreForOwnersOnly() {
    World w = fixtures.world();
    Fixtures.signIn(w.a().owner());
    portalSettings.uploadLogo(
        "logo.png", new ByteArrayInputStream(SampleFiles.png(Color.RED, "A")));
    String logoA = workspaceSettings.branding().logoUrl();
    Fixtures.signOut();
    Row settings = new Row("/staff/settings", "Settings", "L N N N P N");
    List<Row> addresses =
        List.of(
            // While the portal is on, the "unavailable" page sends everyone signed in onwards.
            new Row("/portal-unavailable", null, "L P P P P P"),
            // Logos are for anyone (mails show them); nothing else is served there.
            new Row(logoA, null, "P P P P P P"),
            new Row(PortalSettings.LOGO_PATH + "0".repeat(64), null, "N N N N N N"),
            new Row(PortalSettings.LOGO_PATH + "not-a-hash", null, "N N N N N N"));
    assertEachSubjectSees(w, List.of(settings), addresses);
  }

  /** The Processes page changes workflows for the whole installation: owners only. */
  @Test
  void processesAreForOwnersOnly() {
    World w = fixtures.world();
    Row processes = new Row("/staff/processes", "Processes", "L N N N P N");
    assertEachSubjectSees(w, List.of(processes), List.of());
  }

  /**
   * The TLS proxy's question (decision 022): the same answer for everyone, signed in or not; yes
   * only for B's verified domain and Portico's own host, no for A's unverified one and for names
   * nobody entered. (B's, not A's: the subjects' sign-in links stay on the base URL.)
   */
  @Test
  void domainAskAnswersEveryoneAlike() {
    World w = fixtures.world();
    String tag = w.a().workspaceId().toString().substring(0, 8);
    String verified = "portal-" + tag + ".client-b.test";
    String pending = "portal-" + tag + ".client-a.test";
    domain(w.b(), verified, "VERIFIED");
    domain(w.a(), pending, "PENDING");
    List<Row> ask =
        List.of(
            new Row("/domains/ask?domain=" + verified, null, "P P P P P P"),
            new Row("/domains/ask?domain=" + verified.toUpperCase() + ".", null, "P P P P P P"),
            new Row("/domains/ask?domain=localhost", null, "P P P P P P"),
            new Row("/domains/ask?domain=" + pending, null, "N N N N N N"),
            new Row("/domains/ask?domain=unknown-" + tag + ".client.test", null, "N N N N N N"),
            new Row("/domains/ask", null, "N N N N N N"));
    assertEachSubjectSees(w, List.of(), ask);
  }

  private void domain(Agency agency, String domain, String state) {
    jdbc.sql(
            "insert into custom_domain (workspace_id, domain, state, requested_by,"
                + " requested_by_name, requested_by_email, created_at, verification_id,"
                + " verification_requested_at) values (?, ?, ?, ?, 'Owner', 'owner@agency.test',"
                + " now(), gen_random_uuid(), now())")
        .params(agency.workspaceId(), domain, state, agency.owner().accountId())
        .update();
  }

  /**
   * Shared files: the portal's Files tab and the download of a file shared with A1 (for its
   * project), one A unshared, one of A's client 2 and one of B's client 1.
   */
  @Test
  void fileRoutesAnswerEachSubjectAsExpected() {
    World w = fixtures.world();
    Fixtures.signIn(w.a().staff());
    UUID sharedA1 = sharing.share(w.a().client1(), w.a().project1(), "a1.pdf", null, pdf());
    UUID unsharedA1 = sharing.share(w.a().client1(), null, "old.pdf", null, pdf());
    sharing.unshare(unsharedA1);
    UUID sharedA2 = sharing.share(w.a().client2(), null, "a2.pdf", null, pdf());
    Fixtures.signIn(w.b().staff());
    UUID sharedB1 = sharing.share(w.b().client1(), null, "b1.pdf", null, pdf());
    Fixtures.signOut();
    List<Row> pages = List.of(new Row("/portal/files", "Files", "L P P N N N"));
    List<Row> files =
        List.of(
            new Row("/files/shared/" + sharedA1, null, "L P N P P N"),
            new Row("/files/shared/" + unsharedA1, null, "L N N P P N"),
            new Row("/files/shared/" + sharedA2, null, "L N P P P N"),
            new Row("/files/shared/" + sharedB1, null, "L N N N N P"),
            new Row("/files/shared/" + UUID.randomUUID(), null, "L N N N N N"),
            new Row("/files/shared/not-a-uuid", null, "L N N N N N"));
    assertEachSubjectSees(w, pages, files);
  }

  /**
   * Signs in as each subject (in {@link #SUBJECTS} order) and checks what each page and each file
   * or redirect address answers them; all mismatches are reported at once.
   */
  private void assertEachSubjectSees(World w, List<Row> pages, List<Row> files) {
    List<SessionUser> people =
        java.util.Arrays.asList(
            null,
            w.a().clientOf1(),
            w.a().clientOf2(),
            w.a().staff(),
            w.a().owner(),
            w.b().staff());
    List<String> mismatches = new ArrayList<>();
    for (int s = 0; s < SUBJECTS.size(); s++) {
      Page page = newBrowser();
      if (people.get(s) != null) {
        signIn(page, people.get(s).email());
      }
      for (Row row : pages) {
        Seen seen = visit(page, new Route(row.path(), row.heading()));
        if (seen != row.seenBy(s)) {
          mismatches.add(mismatch(row, SUBJECTS.get(s), s, seen));
        }
      }
      for (Row row : files) {
        Seen seen = fetch(page, row.path());
        if (seen != row.seenBy(s)) {
          mismatches.add(mismatch(row, SUBJECTS.get(s), s, seen));
        }
      }
      page.context().close();
    }
    assertThat(mismatches).isEmpty();
  }

  private static ByteArrayInputStream pdf() {
    return new ByteArrayInputStream(PDF);
  }

  private UUID invoice(Agency agency, UUID clientId, boolean send) {
    Fixtures.signIn(agency.staff());
    try {
      LocalDate today = LocalDate.now(clock);
      UUID id =
          billing.createDraft(
              clientId,
              null,
              new InvoiceForm(
                  "EUR",
                  today,
                  today.plusDays(14),
                  null,
                  List.of(
                      new InvoiceForm.Line(
                          "Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO))));
      if (send) {
        billing.send(id);
      }
      return id;
    } finally {
      Fixtures.signOut();
    }
  }

  /** A file or redirect endpoint: 2xx or 303 is what it serves, 404 not found, 302 to sign in. */
  private static Seen fetch(Page page, String path) {
    APIResponse response =
        page.request().get(BASE + path, RequestOptions.create().setMaxRedirects(0));
    return switch (response.status()) {
      case 200, 303 -> Seen.PAGE;
      case 404 -> Seen.NOT_FOUND;
      case 302 -> {
        assertThat(response.headers().get("location")).endsWith("/login");
        yield Seen.LOGIN;
      }
      default -> throw new AssertionError(path + " answered " + response.status());
    };
  }

  private static String mismatch(Row row, String subject, int index, Seen seen) {
    return row.path() + " as " + subject + ": expected " + row.seenBy(index) + " but saw " + seen;
  }

  @Test
  void expiredOrRevokedClientsCannotSignInAndLoseTheirSessionOnTheNextRequest() {
    World world = fixtures.world();
    int before = mailbox.mails().size();
    magicLinks.request(world.expiredClientA1().email(), "127.0.0.9");
    magicLinks.request(world.revokedClientA1().email(), "127.0.0.9");

    Page page = newBrowser();
    signIn(page, world.a().clientOf1().email()); // mails go out in order: this one comes last
    assertThat(mailbox.mails()).as("no link for expired or revoked").hasSize(before + 1);
    page.navigate(BASE + "/portal/projects");
    assertThat(page.locator("h1")).hasText("Your projects");

    jdbc.sql("update account set access_revoked_at = now() where id = ?")
        .param(world.a().clientOf1().accountId())
        .update();

    page.navigate(BASE + "/portal/projects");
    page.waitForURL("**/login?ended");
    assertThat(page.getByText("Your access has ended")).isVisible();
    screenshot(page, "access-ended");
    page.navigate(BASE + "/portal");
    page.waitForURL("**/login**");
  }

  @Test
  void malformedOrUsedSignInLinksExplainWhatToDo() {
    World world = fixtures.world();
    Page page = newBrowser();
    page.navigate(BASE + "/login/ott?token=forged-token");
    page.locator("#sign-in").click();
    page.waitForURL("**/login?link-invalid");
    assertThat(page.getByText("That sign-in link is invalid, already used or expired."))
        .isVisible();
    screenshot(page, "link-invalid");

    page.navigate(BASE + "/login/ott");
    assertThat(page.getByText("This sign-in link is incomplete.")).isVisible();

    signIn(page, world.a().staff().email());
    assertThat(page).hasURL(Pattern.compile(".*/staff/projects"));
  }

  private static Seen visit(Page page, Route route) {
    if (route.path().startsWith("/files/")) {
      APIResponse file = page.request().get(BASE + route.path());
      if (file.url().contains("/login") || file.status() == 401) {
        return Seen.LOGIN;
      }
      assertThat(file.status()).as(route.path()).isIn(200, 404);
      return file.status() == 200 ? Seen.PAGE : Seen.NOT_FOUND;
    }
    // The server renders the route into the first response (Vaadin's eager server load) and
    // answers 404 for the app's Not found page: the page's own request, with the subject's
    // session, tells the three outcomes apart without running the page's scripts. Anything
    // unexpected is looked at in the browser.
    // A generous timeout: this test is about who sees what, not speed, and late in the suite a
    // loaded 2-core machine can take long over a page.
    APIResponse answer =
        page.request().get(BASE + route.path(), RequestOptions.create().setTimeout(120_000));
    if (answer.url().contains("/login")) {
      return Seen.LOGIN;
    }
    if (answer.status() == 404) {
      return Seen.NOT_FOUND;
    }
    if (answer.status() == 200
        && route.heading() != null
        && answer.text().contains("\"" + route.heading() + "\"")) {
      return Seen.PAGE;
    }
    page.navigate(BASE + route.path());
    page.waitForFunction("() => document.querySelector('h1') !== null");
    if (page.url().contains("/login")) {
      return Seen.LOGIN;
    }
    String heading = page.locator("h1").first().textContent().trim();
    if (heading.equals("Not found")) {
      return Seen.NOT_FOUND;
    }
    if (route.heading() != null && !heading.equals(route.heading())) {
      throw new AssertionError(
          route.path() + " showed '" + heading + "' instead of '" + route.heading() + "'");
    }
    return Seen.PAGE;
  }
}
