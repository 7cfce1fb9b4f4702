package dev.portico.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.client.ClientSummary;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.demo.DemoData;
import dev.portico.demo.DemoWork;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.FeedbackUpload;
import dev.portico.identity.Account;
import dev.portico.identity.Accounts;
import dev.portico.project.CommentKind;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.PortalTasks;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectRow;
import dev.portico.project.ProjectPlanning.TaskRow;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.InboxItem;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.World;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The canary: one unique marker in every internal place staff can write (Notes on projects, on
 * tasks and on feedback items; a client's internal notes; deliverables have no internal field), and
 * then every portal page every client contact can open, and every mail to a client, must not
 * contain it. Covers the fixture agencies and the seeded demo.
 */
class NotesNeverReachTheClientTest extends BrowserTest {

  @Autowired DemoData demo;
  @Autowired DemoWork demoWork;
  @Autowired ProjectPlanning planning;
  @Autowired TaskWork work;
  @Autowired ClientDirectory clients;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired ClientFeedback feedback;
  @Autowired PortalProjects portalProjects;
  @Autowired PortalTasks portalTasks;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void noNoteOrInternalFieldReachesAnyPortalPageOrClientMail() {
    String marker = "CANARY-" + UUID.randomUUID();
    World world = fixtures.world();
    demo.seedOnce();
    demoWork.shareOnce();
    UUID demoWorkspace = accounts.findByEmail(DemoData.STAFF_EMAIL).orElseThrow().getWorkspaceId();
    List<UUID> workspaces =
        List.of(world.a().workspaceId(), world.b().workspaceId(), demoWorkspace);

    // A shared deliverable in A1, so its review page is among the pages visited.
    as(
        world.a().staff(),
        () -> {
          UUID d =
              library.create(
                  world.a().project1(), new DeliverableForm("Poster A1", "For print.", null, null));
          library.upload(d, "poster.pdf", new ByteArrayInputStream(pdf()));
          library.markReady(d);
        });

    // Notes on every project and task, and the clients' internal notes.
    for (UUID workspace : workspaces) {
      as(
          owner(workspace),
          () -> {
            for (ProjectRow p : planning.list()) {
              planning.comment(p.id(), CommentKind.NOTE, marker + " about the project");
              for (TaskRow t : planning.detail(p.id()).tasks()) {
                work.comment(t.id(), CommentKind.NOTE, marker + " about the task");
              }
            }
            for (ClientSummary c : clients.list()) {
              clients.update(
                  c.id(),
                  new ClientForm(
                      c.name(),
                      c.website(),
                      marker + " " + Objects.toString(c.internalNotes(), "")));
            }
          });
    }

    // Feedback from every contact who can sign in, a Note on each, then an answer or a Reply.
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<Account> contacts = contacts(workspaces);
    int sent = 0;
    for (Account contact : contacts) {
      sent +=
          as(
              contact.sessionUser(),
              () -> {
                if (!feedback.available()) {
                  return 0;
                }
                UUID project =
                    portalProjects.myProjects().stream()
                        .map(ProjectProgress::id)
                        .findFirst()
                        .orElse(null);
                feedback.send(
                    project,
                    "About the project " + tag + " from " + contact.getName(),
                    List.of(
                        new FeedbackUpload(
                            "notes.txt",
                            new ByteArrayInputStream(
                                "Our notes".getBytes(StandardCharsets.UTF_8)))));
                feedback.send(null, "General " + tag + " from " + contact.getName(), List.of());
                return 2;
              });
    }
    int expected = sent;
    List<Routed> routed =
        // Dozens of flows at once: generous, so a slow machine does not fail the canary.
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInSameThread()
            .until(() -> routed(workspaces, tag), list -> list.size() >= expected);
    Set<UUID> answered = new HashSet<>();
    for (Routed r : routed) {
      as(
          r.staff(),
          () -> {
            work.comment(r.item().taskId(), CommentKind.NOTE, marker + " about the feedback");
            if (r.item().message().startsWith("General")) {
              work.comment(r.item().taskId(), CommentKind.REPLY, "We are looking into it.");
            } else {
              work.complete(r.item().taskId(), "Done: thank you for telling us.");
              answered.add(r.item().taskId());
            }
          });
    }
    assertThat(answered).as("feedback was routed and answered").isNotEmpty();

    // Every portal page of every contact.
    List<String> leaks = new ArrayList<>();
    int pages = 0;
    for (Account contact : contacts) {
      List<String> routes = as(contact.sessionUser(), this::portalRoutes);
      Page page = newBrowser();
      signIn(page, contact.getEmail());
      for (String route : routes) {
        page.navigate(BASE + route);
        page.waitForFunction("() => document.querySelector('h1') !== null");
        String heading = page.locator("h1").first().textContent().trim();
        assertThat(heading)
            .as("%s opens for %s", route, contact.getEmail())
            .isNotIn("Not found", "Something went wrong");
        if (page.content().contains(marker)) {
          leaks.add(route + " as " + contact.getEmail());
        }
        pages++;
      }
      page.context().close();
    }
    assertThat(leaks).as("pages showing an internal marker").isEmpty();
    assertThat(pages).as("pages visited").isGreaterThan(20);

    // Every mail to a client: the answer mails included, once they are out.
    Set<String> clientEmails = new HashSet<>(clientEmails());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailbox.mails().stream()
                        .filter(m -> clientEmails.contains(m.mail().to()))
                        .filter(m -> m.mail().subject().contains("feedback was answered"))
                        .map(m -> m.mail().to())
                        .distinct()
                        .count()
                    >= answeredContacts(contacts));
    List<CapturedMail> toClients =
        mailbox.mails().stream().filter(m -> clientEmails.contains(m.mail().to())).toList();
    assertThat(toClients).isNotEmpty();
    assertThat(toClients)
        .allSatisfy(
            m ->
                assertThat(
                        m.mail().subject()
                            + "\n"
                            + m.mail().text()
                            + "\n"
                            + (m.mail().html() == null ? "" : m.mail().html()))
                    .as("mail %s to %s", m.mail().subject(), m.mail().to())
                    .doesNotContain(marker));
  }

  /** Every portal address the signed-in client may open. */
  private List<String> portalRoutes() {
    List<String> routes = new ArrayList<>(List.of("/portal", "/portal/projects", "/portal/tasks"));
    for (ProjectProgress p : portalProjects.myProjects()) {
      routes.add("/portal/projects/" + p.id());
      review
          .forProject(p.id())
          .forEach(d -> routes.add("/portal/projects/" + p.id() + "/deliverables/" + d.id()));
    }
    portalTasks.myTasks(null, null).forEach(t -> routes.add("/portal/tasks/" + t.id()));
    if (feedback.available()) {
      routes.add("/portal/feedback");
    }
    return routes;
  }

  /** Contacts of these agencies who can sign in to the portal now. */
  private List<Account> contacts(List<UUID> workspaces) {
    return jdbc
        .sql("select id from account where client_id is not null and workspace_id in (:ws)")
        .param("ws", workspaces)
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> accounts.findById(id).orElseThrow())
        .filter(a -> a.hasAccessAt(clock.instant()))
        .toList();
  }

  private List<Account> staffOf(UUID workspace) {
    return accounts.findByWorkspaceIdAndClientIdIsNullOrderByName(workspace);
  }

  private SessionUser owner(UUID workspace) {
    return staffOf(workspace).stream()
        .filter(a -> a.getRole().name().equals("OWNER"))
        .findFirst()
        .orElseThrow()
        .sessionUser();
  }

  /** A feedback item in a staff member's inbox. */
  private record Routed(SessionUser staff, InboxItem item) {}

  /** The feedback items carrying this tag that the flows have put in any inbox so far. */
  private List<Routed> routed(List<UUID> workspaces, String tag) {
    List<Routed> routed = new ArrayList<>();
    for (UUID workspace : workspaces) {
      for (Account staff : staffOf(workspace)) {
        as(
                staff.sessionUser(),
                () ->
                    work.inbox().stream()
                        .filter(i -> i.kind() == TaskKind.FEEDBACK)
                        .filter(i -> i.message() != null && i.message().contains(tag))
                        .toList())
            .forEach(i -> routed.add(new Routed(staff.sessionUser(), i)));
      }
    }
    return routed;
  }

  private List<String> clientEmails() {
    return jdbc.sql("select email from account where client_id is not null")
        .query(String.class)
        .list();
  }

  private long answeredContacts(List<Account> contacts) {
    return contacts.stream().filter(c -> as(c.sessionUser(), () -> feedback.available())).count();
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static <T> T as(SessionUser user, Supplier<T> action) {
    Fixtures.signIn(user);
    try {
      return action.get();
    } finally {
      Fixtures.signOut();
    }
  }

  private static void as(SessionUser user, Runnable action) {
    as(
        user,
        () -> {
          action.run();
          return null;
        });
  }
}
