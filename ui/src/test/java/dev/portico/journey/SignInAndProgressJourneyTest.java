package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.portico.testsupport.Locators.hasText;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.demo.DemoData;
import dev.portico.demo.DemoWork;
import dev.portico.testsupport.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff and client sign in through the mailbox on the seeded demo and see their pages. */
class SignInAndProgressJourneyTest extends BrowserTest {

  @Autowired DemoData demo;
  @Autowired DemoWork work;

  @BeforeEach
  void seedDemo() {
    demo.seedOnce();
    if (work.shareOnce()) {
      // Let the two review mails arrive first, so the sign-in mail is the newest one.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  mailbox.mailsTo(DemoData.CLIENT_A_EMAIL).stream()
                          .filter(m -> m.mail().subject().contains("ready for your review"))
                          .count()
                      == 2);
    }
  }

  @Test
  void staffSignsInAndOpensAProject() {
    Page page = newBrowser();
    signInThroughMailbox(page, DemoData.STAFF_EMAIL, "staff");

    assertThat(page).hasURL(BASE + "/staff/projects");
    assertThat(page.locator("vaadin-grid").getByText("Website redesign")).isVisible();
    assertThat(page.locator("vaadin-grid").getByText("Mobile app MVP")).isVisible();
    screenshot(page, "staff-3-projects");

    page.locator("vaadin-grid").getByText("Website redesign").click();
    assertThat(page.locator("h1")).hasText("Website redesign");
    // 1 of 3 milestones and 1 of 2 client-visible tasks; the internal task counts for nobody (013).
    assertThat(page.getByText("40% done · 1 of 3 milestones")).isVisible();
    assertThat(page.getByText("Internal: budget is tight, keep revisions to two rounds."))
        .isVisible();
    assertThat(page.getByText("Internal note").first()).isVisible();
    screenshot(page, "staff-4-project");
  }

  @Test
  void clientSignsInAndSeesOnlyItsCompanysProgressWithoutNotes() {
    Page page = newBrowser();
    signInThroughMailbox(page, DemoData.CLIENT_A_EMAIL, "client");

    assertThat(page).hasURL(BASE + "/portal");
    assertThat(page.locator("h1")).containsText("Alex");
    assertThat(page.getByText("Welcome to your Northwind project space.")).isVisible();
    assertThat(page.locator(".project-card").getByText("Website redesign")).isVisible();
    assertThat(page.locator(".project-card").getByText("40% done")).isVisible();
    assertThat(page.getByText("Mobile app MVP")).hasCount(0);
    // planned, not in progress (its deadlines may be listed, naming it)
    assertThat(page.locator(".project-card").getByText("Brand refresh")).hasCount(0);
    assertThat(page.locator(".to-review")).containsText("2 deliverables");
    // What is being worked on, each with its project; deadlines name their project.
    assertThat(page.locator(".ongoing li").filter(hasText("Homepage wireframes")))
        .containsText("Task · Website redesign");
    assertThat(page.locator(".ongoing li").filter(hasText("Design approved")))
        .containsText("Milestone · Website redesign");
    assertThat(page.locator(".ongoing")).not().containsText("Check hosting margins");
    assertThat(page.locator(".deadlines li").first()).containsText("Website redesign");
    screenshot(page, "client-3-home");
    assertFitsTheWindow(page);
    page.setViewportSize(390, 844);
    assertFitsTheWindow(page);
    screenshot(page, "client-3-home-390");
    page.setViewportSize(1280, 860);

    page.locator(".project-card").getByText("Website redesign").click();
    assertThat(page.locator("h1")).hasText("Website redesign");
    assertThat(page.getByText("1 of 3 milestones complete")).isVisible();
    // The team: names and roles, the lead first; nothing about rates or budget.
    assertThat(page.locator(".team li").first()).containsText("Sam Lead");
    assertThat(page.locator(".team li").first()).containsText("Project lead · Design lead");
    assertThat(page.locator(".team li").filter(hasText("Olivia Owner")))
        .containsText("Managing director");
    assertThat(page.getByText("Wireframes are on their way: expect them on Friday.")).isVisible();
    assertThat(page.locator(".tasks").getByText("Homepage wireframes")).isVisible();
    assertThat(page.getByText("Internal: budget is tight")).hasCount(0);
    assertThat(page.getByText("Check hosting margins")).hasCount(0); // internal task
    // No budget (42,000.00), however written; a bare "42" could be a time on the page.
    org.assertj.core.api.Assertions.assertThat(page.locator("body").innerText())
        .doesNotContain("42000")
        .doesNotContain("42,000")
        .doesNotContain("42 000");
    assertThat(page.locator(".deliverable-list.waiting").getByText("Homepage design")).isVisible();
    screenshot(page, "client-4-project");
    assertFitsTheWindow(page);

    page.locator(".deliverable-list.waiting").getByText("Homepage design").click();
    assertThat(page.locator("img.preview-image")).isVisible();
    assertThat(page.getByText("Approve version 1")).isVisible();
    screenshot(page, "client-5-review");

    page.navigate(BASE + "/portal");
    page.locator(".projects-card").getByRole(AriaRole.LINK).click();
    assertThat(page).hasURL(BASE + "/portal/projects");
    assertThat(page.locator(".projects-active .project-card").getByText("Website redesign"))
        .isVisible();
    assertThat(page.locator(".projects-planned .project-card").getByText("Brand refresh"))
        .isVisible();
    screenshot(page, "client-6-projects");
    assertThat(page.getByText("Mobile app MVP")).hasCount(0);
  }
}
