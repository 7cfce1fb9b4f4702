package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.portico.testsupport.Locators.hasText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.project.CommentKind;
import dev.portico.project.ProjectForm;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.CommentRow;
import dev.portico.project.ProjectStatus;
import dev.portico.project.TaskForm;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskPriority;
import dev.portico.project.TaskStatus;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.InboxItem;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.SampleFiles;
import dev.portico.testsupport.Selects;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal half of client feedback and shared tasks, in the browser: the client writes feedback
 * with files on the Feedback tab, follows it from Received to Answered and reads the answer (never
 * the team's Notes); opens a shared task from the Tasks page, filters, and replies. The staff half
 * goes through the services ({@link TaskWork}), as staff would through their inbox.
 */
class FeedbackJourneyTest extends BrowserTest {

  @Autowired TaskWork work;
  @Autowired ProjectPlanning planning;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void clientSendsFeedbackWithFilesAndReadsTheAnswerButNeverTheNotes() {
    Agency agency = fixtures.agency("F");
    String note = "NOTE-" + UUID.randomUUID();
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());

    // Home: the Feedback tab and a card to send feedback.
    client.navigate(BASE + "/portal");
    Locator nav = client.locator(".portal-nav");
    assertThat(nav.getByText("Feedback")).isVisible();
    assertThat(nav.getByText("Tasks")).isVisible();
    assertThat(client.locator(".feedback-card")).containsText("Questions or ideas?");
    assertThat(client.locator(".feedback-card a")).hasText("Send feedback");
    assertThat(client.locator(".tasks-card")).containsText("1 open task");
    screenshot(client, "feedback-1-home");
    fits(client, "feedback-1-home");

    // From the project page: the link opens the tab with the project chosen.
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    client.getByText("Send feedback about this project").scrollIntoViewIfNeeded();
    screenshot(client, "feedback-0-project");
    fits(client, "feedback-0-project");
    client.getByText("Send feedback about this project").click();
    assertThat(client.locator("h1")).hasText("Feedback");
    assertThat(client).hasURL(Pattern.compile(".*/portal/feedback\\?project=" + agency.project1()));
    assertThat(chosen(client, "About")).hasText("Project F1");
    assertThat(client.getByText("Nothing sent yet.")).isVisible();

    // First a general one, then one about the project.
    choose(client, "About", "General");
    client.getByLabel("Your message").fill("Could invoices go to accounts@ from now on?");
    send(client);
    assertThat(client.locator(".sent-confirmation"))
        .hasText(
            "Sent to the " + agencyName(agency) + " team. You'll get an email when we answer.");
    assertThat(client.getByLabel("Your message")).hasValue("");
    assertThat(client.locator(".feedback-item").first()).containsText("General");

    // Bad input: no message, a file too large; the picked file and the choice stay.
    choose(client, "About", "Project F1");
    upload(
        client,
        SampleFiles.file("logo-blurry.png", SampleFiles.png(Color.DARK_GRAY, "Blurry logo")),
        SampleFiles.file(
            "notes.html",
            "<html><script>alert(1)</script>Notes</html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(client.locator("vaadin-upload-file[complete]")).hasCount(2);
    upload(client, SampleFiles.file("huge.png", new byte[6 * 1024 * 1024]));
    assertThat(client.getByText("Too large: files can be up to 5 MB.").first()).isVisible();
    upload(client, SampleFiles.file("empty.txt", new byte[0]));
    assertThat(client.getByText("empty.txt is empty. Choose a file with content.").first())
        .isVisible();
    assertThat(
            client.getByText(
                "Not attached. Remove it and choose another file.",
                new Page.GetByTextOptions().setExact(true)))
        .isVisible();
    screenshot(client, "feedback-2-refused-files");
    waitForVaadin(client); // the refused upload has reached the server, as it has for a person
    send(client);
    assertThat(client.locator("[slot=error-message]").getByText("Write your feedback first"))
        .isVisible();
    assertThat(chosen(client, "About")).hasText("Project F1");
    assertThat(client.locator("vaadin-upload-file[complete]")).hasCount(2);
    screenshot(client, "feedback-2-errors");

    String message =
        "The logo looks blurry on phones.\nSecond line: <b>not bold</b>, exactly as typed.";
    client.getByLabel("Your message").fill(message);
    assertThat(client.getByText(message.length() + " / 5000")).isVisible();
    send(client);
    assertThat(client.locator(".sent-confirmation"))
        .hasText("Sent to Staff F. You'll get an email when we answer.");
    assertThat(client.locator("vaadin-upload-file")).hasCount(0);
    assertThat(client.getByText("0 / 5000")).isVisible();
    assertThat(client.locator("vaadin-text-area[invalid]")).hasCount(0);
    Locator newest = client.locator(".feedback-item").first();
    assertThat(newest.locator("h3")).hasText("Project F1");
    assertThat(newest.locator(".feedback-state")).hasText("Received");
    assertThat(newest.locator(".feedback-body")).hasText(message);
    assertThat(newest.locator(".feedback-body b")).hasCount(0);
    assertThat(newest.locator(".feedback-files a")).hasCount(2);
    assertThat(client.locator(".feedback-item").nth(1)).containsText("General");
    screenshot(client, "feedback-3-sent");
    fits(client, "feedback-3-sent");

    // The files come back as they went: the image may show, the page only downloads.
    Locator image = newest.locator(".feedback-files a", textOf("logo-blurry.png"));
    APIResponse png = client.request().get(BASE + image.getAttribute("href"));
    assertThat(png.status()).isEqualTo(200);
    assertThat(png.headers().get("content-type")).isEqualTo("image/png");
    assertThat(png.headers().get("x-content-type-options")).isEqualTo("nosniff");
    Locator html = newest.locator(".feedback-files a", textOf("notes.html"));
    APIResponse page = client.request().get(BASE + html.getAttribute("href"));
    assertThat(page.headers().get("content-disposition")).startsWith("attachment;");
    assertThat(page.headers().get("content-type")).isEqualTo("application/octet-stream");

    // Staff: a Note, then the answer, through their services.
    UUID item = feedbackItem(agency.staff(), "The logo looks blurry on phones.");
    as(agency.staff(), () -> work.comment(item, CommentKind.NOTE, note + " check with design"));
    as(agency.staff(), () -> work.complete(item, "Thanks! A sharper logo is live.\nHave a look."));

    client.reload();
    newest = client.locator(".feedback-item").first();
    assertThat(newest.locator(".feedback-state")).hasText("Answered");
    assertThat(newest.locator(".comment.from-agency")).containsText("Staff F");
    assertThat(newest.locator(".comment.from-agency .plain-text"))
        .hasText("Thanks! A sharper logo is live.\nHave a look.");
    assertThat(client.content()).doesNotContain(note);
    screenshot(client, "feedback-4-answered");
    fits(client, "feedback-4-answered");

    // Home counts what still waits for an answer: the general one.
    client.navigate(BASE + "/portal");
    assertThat(client.locator(".feedback-card")).containsText("1 message waits for an answer");

    // The answer mail carries the answer, never the Note.
    List<CapturedMail> answers =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    mailbox.mailsTo(agency.clientOf1().email()).stream()
                        .filter(m -> m.mail().subject().contains("answered"))
                        .toList(),
                list -> !list.isEmpty());
    assertThat(answers.getFirst().mail().text()).contains("A sharper logo is live.");
    mailbox
        .mailsTo(agency.clientOf1().email())
        .forEach(m -> assertThat(m.mail().text() + m.mail().html()).doesNotContain(note));
  }

  @Test
  void clientFindsSharedTasksFiltersThemAndReplies() {
    Agency agency = fixtures.agency("K");
    Fixtures.signIn(agency.staff());
    UUID website =
        planning.create(
            new ProjectForm(
                agency.client1(),
                "Website K",
                null,
                ProjectStatus.ACTIVE,
                LocalDate.now(),
                null,
                agency.staff().accountId(),
                null));
    UUID copy =
        planning.addTask(
            agency.project1(),
            new TaskForm(
                "Homepage copy",
                "Please send us:\n- the tagline\n- <i>three</i> customer quotes",
                agency.staff().accountId(),
                LocalDate.now().plusDays(4),
                true,
                TaskPriority.HIGH));
    UUID launch =
        planning.addTask(
            website,
            new TaskForm("Launch checklist", null, agency.staff().accountId(), null, true, null));
    planning.moveTask(launch, TaskStatus.DONE);
    Fixtures.signOut();

    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks").setExact(true))
        .click();
    assertThat(client.locator("h1")).hasText("Tasks");
    Locator rows = client.locator(".portal-task");
    assertThat(rows).hasCount(3);
    assertThat(client.getByText("Internal task K")).hasCount(0);
    assertThat(rows.filter(hasText("Homepage copy"))).containsText("Project K1");
    assertThat(rows.filter(hasText("Homepage copy"))).containsText("High");
    assertThat(rows.filter(hasText("Homepage copy"))).containsText("Staff K");
    screenshot(client, "tasks-1-list");
    fits(client, "tasks-1-list");

    choose(client, "Status", "Done");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText("Launch checklist");
    assertThat(client).hasURL(Pattern.compile(".*/portal/tasks\\?status=DONE"));
    choose(client, "Status", "All");
    choose(client, "Project", "Project K1");
    assertThat(rows).hasCount(2);
    assertThat(rows.filter(hasText("Launch checklist"))).hasCount(0);
    // The filter is in the address: a reload keeps it.
    assertThat(client)
        .hasURL(Pattern.compile(".*/portal/tasks\\?project=" + agency.project1() + "$"));
    client.reload();
    assertThat(chosen(client, "Project")).hasText("Project K1");
    assertThat(rows).hasCount(2);
    screenshot(client, "tasks-2-filtered");

    rows.filter(hasText("Homepage copy")).getByRole(AriaRole.LINK).click();
    assertThat(client.locator("h1")).hasText("Homepage copy");
    assertThat(client).hasURL(BASE + "/portal/tasks/" + copy);
    assertThat(client.locator(".title-row .task-status")).hasText("To do");
    assertThat(client.locator(".facts")).containsText("High");
    assertThat(client.locator(".facts").getByRole(AriaRole.LINK)).hasText("Project K1");
    assertThat(client.locator(".description"))
        .hasText("Please send us:\n- the tagline\n- <i>three</i> customer quotes");
    assertThat(client.locator(".description i")).hasCount(0);
    // Reading and replying only: no control that changes the task.
    assertThat(client.locator(".portal-task-page vaadin-button")).hasCount(1);
    assertThat(
            client.locator(".portal-task-page vaadin-select, .portal-task-page vaadin-combo-box"))
        .hasCount(0);

    // An empty reply is refused where it was typed; a real one joins the thread.
    reply(client);
    assertThat(client.getByText("Write a message first")).isVisible();
    client.getByLabel("Your reply").fill("Tagline: Less paper, more progress.\nQuotes follow.");
    reply(client);
    assertThat(client.locator(".comment.from-client"))
        .containsText("Tagline: Less paper, more progress.");
    assertThat(client.getByLabel("Your reply")).hasValue("");
    screenshot(client, "tasks-3-replied");
    fits(client, "tasks-3-replied");

    List<CommentRow> thread = as(agency.staff(), () -> work.task(copy).thread());
    assertThat(thread)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CommentKind.REPLY);
              assertThat(c.byClient()).isTrue();
              assertThat(c.body()).isEqualTo("Tagline: Less paper, more progress.\nQuotes follow.");
            });

    // The project page links its shared tasks here.
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    client.locator(".tasks").getByText("Homepage copy").click();
    assertThat(client.locator("h1")).hasText("Homepage copy");

    // Internal, other company's, malformed: the app's Not found page.
    for (String id :
        List.of(agency.internalTask1().toString(), agency.project2().toString(), "not-a-task")) {
      client.navigate(BASE + "/portal/tasks/" + id);
      assertThat(client.locator("h1")).hasText("Not found");
    }
  }

  @Test
  void onTheStarterPlanThereIsNoFeedbackTab() {
    Agency agency = fixtures.agency("S");
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?")
        .param(agency.workspaceId())
        .update();
    Page client = newBrowser();
    signIn(client, agency.clientOf1().email());
    client.navigate(BASE + "/portal");
    assertThat(client.locator(".portal-nav").getByText("Tasks")).isVisible();
    assertThat(client.locator(".portal-nav").getByText("Feedback")).hasCount(0);
    assertThat(client.locator(".feedback-card")).hasCount(0);
    client.navigate(BASE + "/portal/projects/" + agency.project1());
    assertThat(client.locator("h1")).hasText("Project S1");
    assertThat(client.getByText("Send feedback about this project")).hasCount(0);
    client.navigate(BASE + "/portal/feedback?project=" + agency.project1());
    assertThat(client.locator("h1")).hasText("Not found");
    screenshot(client, "feedback-starter-not-found");
  }

  /** The feedback item in the lead's inbox, once the flow has routed it there. */
  private UUID feedbackItem(SessionUser lead, String messageStart) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInSameThread()
        .until(
            () ->
                as(
                    lead,
                    () ->
                        work.inbox().stream()
                            .filter(i -> i.kind() == TaskKind.FEEDBACK)
                            .filter(
                                i -> i.message() != null && i.message().startsWith(messageStart))
                            .map(InboxItem::taskId)
                            .findFirst()
                            .orElse(null)),
            id -> id != null);
  }

  private String agencyName(Agency agency) {
    return jdbc.sql("select name from workspace where id = ?")
        .param(agency.workspaceId())
        .query(String.class)
        .single();
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

  /** No sideways scrolling, at a laptop's width and a phone's; a phone screenshot to look at. */
  private static void fits(Page page, String name) {
    assertFitsTheWindow(page);
    page.setViewportSize(390, 844);
    assertFitsTheWindow(page);
    screenshot(page, name + "-390");
    page.setViewportSize(1280, 860);
  }

  private static Locator chosen(Page page, String label) {
    return Selects.chosen(Selects.labelled(page, label));
  }

  private static void choose(Page page, String label, String option) {
    Selects.choose(Selects.labelled(page, label), option);
  }

  private static void send(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
  }

  private static void reply(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reply").setExact(true))
        .click();
  }

  private static void upload(Page page, Path... files) {
    page.locator("vaadin-upload input[type=file]").setInputFiles(files);
  }

  private static Locator.LocatorOptions textOf(String text) {
    return new Locator.LocatorOptions().setHasText(text);
  }
}
