package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.MyFeedback;
import dev.portico.feedback.FeedbackState;
import dev.portico.feedback.Feedbacks;
import dev.portico.project.PortalTasks;
import dev.portico.project.Task;
import dev.portico.project.TaskStatus;
import dev.portico.project.Tasks;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff side of feedback: a client's message lands in the lead's inbox in full; the lead reads
 * it, leaves an internal note, answers and marks it handled, or hands it over; project tasks open
 * on their own page with a thread.
 */
class InboxJourneyTest extends BrowserTest {

  private static final String MESSAGE =
      "The hero image is cropped on my phone.\nCould you also make the phone number clickable?"
          + " This sentence makes the message long enough that a list would have cut it off.";

  @Autowired ClientFeedback clientFeedback;
  @Autowired Feedbacks feedbacks;
  @Autowired PortalTasks portalTasks;
  @Autowired Tasks tasks;

  @Test
  void theLeadReadsTheWholeMessageAnswersItAndTheClientSeesOnlyTheAnswer() {
    Agency a = fixtures.agency("I");
    UUID feedbackId = as(a.clientOf1(), () -> clientFeedback.send(a.project1(), MESSAGE, null));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> feedbacks.findById(feedbackId).orElseThrow().getTaskId() != null);

    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    staff.navigate(BASE + "/staff/inbox");
    // The feedback and the two project tasks the fixture gave Staff I.
    assertThat(staff.locator("vaadin-side-nav-item .nav-count")).hasText("3");
    Locator item =
        staff.locator(".inbox-item").filter(new Locator.FilterOptions().setHasText("hero image"));
    assertThat(item.locator(".message-text")).hasText(MESSAGE);
    assertThat(item).containsText("Client feedback");
    assertThat(item).containsText("Project I1 · Client I1");
    assertThat(item).containsText("On time");
    assertFitsTheWindow(staff);
    screenshot(staff, "inbox-1-staff-inbox");
    staff.setViewportSize(390, 844);
    assertFitsTheWindow(staff);
    screenshot(staff, "inbox-1-staff-inbox-phone");
    staff.setViewportSize(1280, 860);

    item.locator(".inbox-title").click();
    assertThat(staff.getByText("The client wrote")).isVisible();
    assertThat(staff.locator(".task-detail > .message-text")).hasText(MESSAGE);
    // Handling needs an answer.
    click(staff, "Send answer and mark handled");
    assertThat(staff.getByText("Answer the client before marking their feedback handled."))
        .isVisible();
    // An internal note is the default kind of message.
    staff
        .getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message").setExact(true))
        .fill("CANARY-NOTE: check the 4:3 crop first");
    click(staff, "Add internal note");
    assertThat(staff.locator(".comment.note")).containsText("CANARY-NOTE");
    staff.getByLabel("Answer the client").fill("Fixed the crop, and the number is now a link.");
    click(staff, "Send answer and mark handled");
    assertThat(staff.getByText("Handled. The client gets your answer by mail.")).isVisible();
    assertThat(staff.locator(".comment.reply")).containsText("Fixed the crop");
    assertThat(staff.locator(".status-text")).hasText("Handled");
    assertFitsTheWindow(staff);
    screenshot(staff, "inbox-2-staff-handled");

    MyFeedback mine =
        as(a.clientOf1(), () -> clientFeedback.mine()).stream()
            .filter(f -> f.id().equals(feedbackId))
            .findFirst()
            .orElseThrow();
    assertThat(mine.state()).isEqualTo(FeedbackState.ANSWERED);
    assertThat(mine.answers())
        .singleElement()
        .satisfies(
            r -> assertThat(r.body()).isEqualTo("Fixed the crop, and the number is now a link."));
    assertThat(mine.toString()).doesNotContain("CANARY-NOTE");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailbox.mailsTo(a.clientOf1().email()).stream()
                    .anyMatch(m -> m.mail().subject().equals("Your feedback was answered")));
    assertThat(mailbox.mailsTo(a.clientOf1().email()))
        .allSatisfy(
            m -> assertThat(m.mail().text() + m.mail().html()).doesNotContain("CANARY-NOTE"));

    staff.navigate(BASE + "/staff/inbox");
    assertThat(
            staff
                .locator(".inbox-item")
                .filter(new Locator.FilterOptions().setHasText("hero image")))
        .hasCount(0);
  }

  @Test
  void aLeadHandsFeedbackToTheOwnerWhoFindsItInTheirInbox() {
    Agency a = fixtures.agency("H");
    UUID feedbackId =
        as(a.clientOf1(), () -> clientFeedback.send(null, "Can we talk about next year?", null));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> feedbacks.findById(feedbackId).orElseThrow().getTaskId() != null);
    UUID taskId = feedbacks.findById(feedbackId).orElseThrow().getTaskId();

    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.navigate(BASE + "/staff/tasks/" + taskId);
    assertThat(owner.locator(".fact").filter(new Locator.FilterOptions().setHasText("Project")))
        .containsText("No project");
    owner.getByLabel("Reassign to").click();
    owner.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Staff H")).click();
    click(owner, "Reassign");
    assertThat(owner.getByText("Reassigned to Staff H. They got a mail.")).isVisible();
    assertThat(owner.locator(".history")).containsText("Reassigned: From Owner H to Staff H");

    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    staff.navigate(BASE + "/staff/inbox");
    assertThat(
            staff
                .locator(".inbox-item")
                .filter(new Locator.FilterOptions().setHasText("next year")))
        .hasCount(1);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                mailbox.mailsTo(a.staff().email()).stream()
                    .anyMatch(
                        m -> m.mail().subject().startsWith("Assigned to you: Feedback from")));
  }

  @Test
  void aProjectTaskOpensWithItsThreadAndOnlyVisibleTasksTakeReplies() {
    Agency a = fixtures.agency("K");
    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    staff.navigate(BASE + "/staff/projects/" + a.project1());
    staff.getByText("Visible task K", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(staff.locator("h1")).hasText("Visible task K");
    staff.getByText("Reply to the client (they see it at once)").click();
    staff
        .getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message").setExact(true))
        .fill("We start on Monday.");
    click(staff, "Send reply to the client");
    assertThat(staff.locator(".comment.reply")).containsText("We start on Monday.");
    assertThat(as(a.clientOf1(), () -> portalTasks.task(a.visibleTask1())).replies())
        .extracting(r -> r.body())
        .containsExactly("We start on Monday.");
    screenshot(staff, "inbox-3-visible-task");

    staff.navigate(BASE + "/staff/tasks/" + a.internalTask1());
    assertThat(staff.getByText("The client cannot see this, so only internal notes.")).isVisible();
    assertThat(staff.getByText("Reply to the client (they see it at once)")).hasCount(0);
    click(staff, "Mark done");
    assertThat(staff.locator(".status-text")).hasText("Done");
    staff.setViewportSize(390, 844);
    assertFitsTheWindow(staff);
    screenshot(staff, "inbox-4-internal-task-phone");
  }

  @Test
  void aBusyInboxShowsFiftyItemsAtATimeAndTheRestOnRequest() {
    Agency a = fixtures.agency("M");
    // The fixture gave Staff M two open tasks; 58 more make 60.
    List<Task> planned = new ArrayList<>();
    for (int i = 1; i <= 58; i++) {
      planned.add(tasks.save(plannedTask(a, "Planned task %02d".formatted(i))));
    }
    Page staff = newBrowser();
    signIn(staff, a.staff().email());
    staff.navigate(BASE + "/staff/inbox");
    assertThat(staff.getByText("60 open items")).isVisible();
    assertThat(staff.locator(".inbox-item")).hasCount(50);
    Locator more = staff.locator(".inbox-more");
    assertThat(more).hasText("Show 10 more (10 not shown)");
    screenshot(staff, "inbox-5-busy-first-fifty");

    // Meanwhile one shown item is done and three new ones come in: "Show more" reads the inbox
    // again, adds the 13 not shown (none twice) and the count says what is open now.
    Task first = planned.getFirst();
    first.moveTo(TaskStatus.DONE, Instant.now());
    tasks.save(first);
    for (int i = 1; i <= 3; i++) {
      tasks.save(plannedTask(a, "Late task " + i));
    }
    more.click();
    assertThat(staff.locator(".inbox-item")).hasCount(63);
    assertThat(staff.getByText("62 open items")).isVisible();
    assertThat(more).isHidden();
    assertThat(
            staff
                .locator(".inbox-title")
                .filter(new Locator.FilterOptions().setHasText("Planned task")))
        .hasCount(58);
    assertThat(
            staff
                .locator(".inbox-title")
                .filter(new Locator.FilterOptions().setHasText("Late task")))
        .hasCount(3);
  }

  private static Task plannedTask(Agency a, String title) {
    return new Task(
        a.staff().workspaceId(),
        a.project1(),
        title,
        null,
        a.staff().accountId(),
        LocalDate.now().plusDays(7),
        false,
        Instant.now());
  }

  private static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
  }

  private static <T> T as(dev.portico.shared.security.SessionUser user, Supplier<T> action) {
    Fixtures.signIn(user);
    try {
      return action.get();
    } finally {
      Fixtures.signOut();
    }
  }
}
