package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff build a client and a project through the console's forms, with the mistakes people make;
 * the new contact then sees the project's Replies (never Notes) and sends feedback that lands in
 * the lead's inbox.
 */
class StaffConsoleJourneyTest extends BrowserTest {

  @Test
  void staffSetsUpAClientAndProjectAndTheClientSeesOnlyWhatIsMeantForThem() {
    Agency agency = fixtures.agency("J");
    String company = "Initech " + UUID.randomUUID().toString().substring(0, 6);
    String contactEmail = "peter-" + UUID.randomUUID().toString().substring(0, 6) + "@initech.test";
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());

    // A client without a name, then with a bad website: clear messages, nothing typed is lost.
    staff.navigate(BASE + "/staff/clients");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client")).click();
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    // The field's own message (Vaadin also repeats it in a screen-reader announcement).
    assertThat(staff.locator("[slot=error-message]").getByText("Enter the company name"))
        .isVisible();
    staff.getByLabel("Company name").fill(company);
    staff.getByLabel("Website").fill("initech dot com");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(
            staff
                .locator("[slot=error-message]")
                .getByText("Enter a web address starting with https://"))
        .isVisible();
    assertThat(staff.getByLabel("Company name")).hasValue(company);
    screenshot(staff, "console-1-client-errors");
    staff.getByLabel("Website").fill("https://initech.test");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(staff.locator("h1")).hasText(company);

    // Invite a contact: a broken email first, then a good one.
    field(staff, "vaadin-email-field", "Email").fill("peter@");
    field(staff, "vaadin-text-field", "Name").fill("Peter Gibbons");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invite")).click();
    assertThat(staff.getByText("Enter a valid email address")).isVisible();
    field(staff, "vaadin-email-field", "Email").fill(contactEmail);
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invite")).click();
    assertThat(staff.getByText("Invitation sent to " + contactEmail)).isVisible();
    assertThat(
            staff
                .locator(".contacts vaadin-grid")
                .getByText(contactEmail, new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    assertThat(
            staff
                .locator(".contacts vaadin-grid")
                .getByText("Invited", new Locator.GetByTextOptions().setExact(false))
                .first())
        .isVisible();
    screenshot(staff, "console-2-client-invited");

    // A project whose end is before its start, then fixed.
    staff.navigate(BASE + "/staff/projects");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project")).click();
    choose(staff, "Client", company);
    staff.getByLabel("Project name").fill("TPS reports");
    choose(staff, "Project lead", "Staff J");
    // Dates are typed as pages show them, or day first (the workspace writes en-GB dates).
    date(staff, "Start date", "10 Dec 2026");
    date(staff, "End date", "1/12/2026");
    assertThat(field(staff, "vaadin-date-picker", "End date")).hasValue("1 Dec 2026");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(staff.getByText("The end date cannot be before the start date")).isVisible();
    screenshot(staff, "console-3-project-errors");
    date(staff, "End date", "1 February 2027");
    assertThat(field(staff, "vaadin-date-picker", "End date")).hasValue("1 Feb 2027");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(staff.locator("h1")).hasText("TPS reports");

    // Plan it: a milestone, a visible task, a Reply and an internal Note.
    staff.getByLabel("New milestone title").fill("Kick-off");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add milestone")).click();
    assertThat(staff.getByText("Kick-off")).isVisible();
    staff.getByLabel("New task title").fill("Cover sheet design");
    staff.getByText("Client can see it").click();
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add task")).click();
    assertThat(
            staff
                .locator("vaadin-grid")
                .getByText("Cover sheet design", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    staff.getByText("Reply to the client (they see it at once)").click();
    staff
        .getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message").setExact(true))
        .fill("Hello Peter, welcome aboard.");
    staff
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply to the client"))
        .click();
    assertThat(staff.getByText("Hello Peter, welcome aboard.")).isVisible();
    staff.getByText("Internal note").last().click();
    staff
        .getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message").setExact(true))
        .fill("Internal: they never read the memo.");
    staff
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add internal note"))
        .click();
    assertThat(staff.getByText("Internal: they never read the memo.")).isVisible();
    screenshot(staff, "console-4-project");

    // The invited contact opens the welcome mail's link and lands on the portal home.
    Page client = newBrowser();
    followMailedLink(client, contactEmail, "invite");
    assertThat(client).hasURL(BASE + "/portal");
    assertThat(client.locator("h1")).containsText("Peter");
    screenshot(client, "invite-3-portal-home");
    client.navigate(BASE + "/portal/projects");
    client.locator(".project-card").getByText("TPS reports").click();
    assertThat(client.locator("h1")).hasText("TPS reports");
    assertThat(client.getByText("Hello Peter, welcome aboard.")).isVisible();
    assertThat(client.locator(".tasks").getByText("Cover sheet design")).isVisible();
    assertThat(client.getByText("Internal: they never read the memo.")).hasCount(0);

    // Feedback, from the project's link to the Feedback tab, lands in the lead's inbox.
    client.getByText("Send feedback about this project").click();
    assertThat(client.locator("h1")).hasText("Feedback");
    client.getByLabel("Your message").fill("Please use the new cover sheet.");
    client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
    assertThat(client.getByText("Sent to Staff J. You'll get an email when we answer."))
        .isVisible();
    screenshot(client, "console-5-client-feedback");

    staff.navigate(BASE + "/staff/inbox");
    Locator inbox =
        staff.locator(".inbox-item .message-text").getByText("Please use the new cover sheet.");
    for (int attempt = 0; attempt < 20 && inbox.count() == 0; attempt++) {
      staff.waitForTimeout(500);
      staff.reload();
    }
    assertThat(inbox).isVisible();
    screenshot(staff, "console-6-inbox");

    // Staff see the contact active and the history of the invitation.
    staff.navigate(BASE + "/staff/clients");
    staff.locator("vaadin-grid").getByText(company).click();
    assertThat(
            staff
                .locator(".contacts vaadin-grid")
                .getByText("Active since", new Locator.GetByTextOptions().setExact(false))
                .first())
        .isVisible();
    assertThat(staff.getByText("Invitation accepted").first()).isVisible();
    screenshot(staff, "invite-4-staff-sees-active");
  }

  private static Locator field(Page page, String component, String label) {
    return page.locator(component + ":has(> label:text-is('" + label + "')) input");
  }

  private static void choose(Page page, String label, String item) {
    page.locator("vaadin-combo-box:has(> label:text-is('" + label + "')) input").fill(item);
    page.locator("vaadin-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(item))
        .first()
        .click();
  }

  private static void date(Page page, String label, String value) {
    Locator field = page.locator("vaadin-date-picker:has(> label:text-is('" + label + "')) input");
    field.fill(value);
    field.press("Enter");
  }
}
