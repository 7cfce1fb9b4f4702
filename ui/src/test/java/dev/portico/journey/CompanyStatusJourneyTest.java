package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Selects;
import org.junit.jupiter.api.Test;

/**
 * An owner makes a client a former client: after a confirmation its contact's open session ends on
 * the next page, the change is in the Access history and the client list can show former clients
 * only. Then the owner switches client notifications off in Settings.
 */
class CompanyStatusJourneyTest extends BrowserTest {

  @Test
  void aFormerClientsContactIsSignedOutAndTheOwnerSwitchesNotificationsOff() {
    Agency a = fixtures.agency("Z");
    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    client.navigate(BASE + "/portal/projects");
    assertThat(client.locator("h1")).hasText("Your projects");

    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.navigate(BASE + "/staff/clients/" + a.client1());
    assertThat(owner.locator("h1")).hasText("Client Z1");
    assertThat(owner.locator(".client-title .client-status")).hasText("Client");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit client")).click();
    Selects.choose(Selects.labelled(owner, "Status"), "Former client");
    screenshot(owner, "status-1-editor");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(owner.getByText("All its contacts lose portal access now")).isVisible();
    screenshot(owner, "status-2-confirm");
    owner
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End access and save"))
        .click();
    assertThat(owner.locator(".client-title .client-status")).hasText("Former client");
    assertThat(owner.locator(".status-note"))
        .hasText(
            "Client Z1 is a former client: its contacts cannot use the portal. Change its status"
                + " to Client to invite them again.");
    assertThat(owner.getByText("Owner Z changed Client Z1 from Client to Former client"))
        .isVisible();
    screenshot(owner, "status-3-former-client");

    client.navigate(BASE + "/portal/projects");
    client.waitForURL("**/login?ended");
    assertThat(client.getByText("Your access has ended")).isVisible();

    owner.navigate(BASE + "/staff/clients");
    Locator rows = owner.locator("vaadin-grid-cell-content");
    assertThat(rows.getByText("Client Z2", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    Selects.choose(Selects.labelled(owner, "Show"), "Former clients");
    assertThat(rows.getByText("Client Z1", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    assertThat(rows.getByText("Client Z2", new Locator.GetByTextOptions().setExact(true)))
        .isHidden();
    screenshot(owner, "status-4-former-clients");
    owner.setViewportSize(390, 844);
    assertFitsTheWindow(owner);
    owner.setViewportSize(1280, 860);

    owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click();
    owner.waitForURL("**/staff/settings");
    assertThat(owner.locator("h1")).hasText("Settings");
    Locator digest = owner.locator("#client-notifications");
    assertThat(digest).hasAttribute("checked", "");
    digest.locator("input").uncheck();
    owner
        .locator("#settings-client-notifications")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
        .click();
    assertThat(
            owner
                .getByText(
                    "Client notifications are off", new Page.GetByTextOptions().setExact(true))
                .first())
        .isVisible();
    screenshot(owner, "settings-1-notifications-off");
    owner.reload();
    assertThat(owner.locator("#client-notifications")).not().hasAttribute("checked", "");
    owner.setViewportSize(390, 844);
    assertFitsTheWindow(owner);
  }
}
