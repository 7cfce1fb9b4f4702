package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import org.junit.jupiter.api.Test;

/**
 * Feedback and task replies across both sides, each in its own browser: the client writes on the
 * Feedback tab, the lead reads the whole message in the Inbox and answers, the client reads the
 * answer; the client replies on a shared task from the Tasks page and the lead reads it on the
 * task's page.
 */
class FeedbackRoundTripJourneyTest extends BrowserTest {

  @Test
  void feedbackGoesToTheLeadsInboxAndTheAnswerComesBack() {
    Agency a = fixtures.agency("Q");
    String message = "Please swap the two photos on the About page.\nThe team photo goes first.";
    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    client.navigate(BASE + "/portal/feedback?project=" + a.project1());
    client.getByLabel("Your message").fill(message);
    click(client, "Send feedback");
    assertThat(client.locator(".sent-confirmation"))
        .hasText("Sent to Staff Q. You'll get an email when we answer.");

    Page lead = newBrowser();
    signIn(lead, a.staff().email());
    Locator item = inboxItem(lead, "swap the two photos");
    assertThat(item.locator(".message-text")).hasText(message);
    item.locator(".inbox-title").click();
    assertThat(lead.locator(".task-detail > .message-text")).hasText(message);
    lead.getByLabel("Answer the client").fill("Done: the team photo now comes first.");
    click(lead, "Send answer and mark handled");
    assertThat(lead.getByText("Handled. The client gets your answer by mail.")).isVisible();
    screenshot(lead, "roundtrip-1-lead-answered");

    client.reload();
    Locator mine = client.locator(".feedback-item").first();
    assertThat(mine.locator(".feedback-state")).hasText("Answered");
    assertThat(mine).containsText("Done: the team photo now comes first.");
    screenshot(client, "roundtrip-2-client-reads-answer");

    // A shared task: the client replies from the Tasks page; the lead reads it on the task.
    client.navigate(BASE + "/portal/tasks");
    client.locator(".portal-task").getByText("Visible task Q").click();
    assertThat(client.locator("h1")).hasText("Visible task Q");
    client.getByLabel("Your reply").fill("We can send the photos on Friday.");
    click(client, "Reply");
    assertThat(client.locator(".comment.from-client")).containsText("We can send the photos");

    lead.navigate(BASE + "/staff/projects/" + a.project1());
    lead.getByText("Visible task Q", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(lead.locator(".comment.reply.from-client"))
        .containsText("We can send the photos on Friday.");
    assertThat(lead.locator(".comment.reply.from-client .comment-kind")).hasText("Client reply");
    screenshot(lead, "roundtrip-3-lead-reads-task-reply");
  }

  /** The inbox card whose message contains {@code text}; routing takes a moment. */
  private static Locator inboxItem(Page page, String text) {
    Locator item = page.locator(".inbox-item").filter(new Locator.FilterOptions().setHasText(text));
    for (int attempt = 0; attempt < 40 && item.count() == 0; attempt++) {
      page.navigate(BASE + "/staff/inbox");
      page.waitForTimeout(500);
    }
    assertThat(item).hasCount(1);
    return item;
  }

  private static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }
}
