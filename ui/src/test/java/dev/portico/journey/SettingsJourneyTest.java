package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Selects;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The owner's Settings for the client portal: a logo and an accent colour show in the client's
 * portal at once; an accent too light for white text is refused and the old one kept; switching the
 * portal off shows signed-in clients "portal unavailable" and lets no one of theirs sign in, while
 * staff carry on; switching it on again lets the client continue.
 */
class SettingsJourneyTest extends BrowserTest {

  private static final Page.GetByTextOptions EXACT = new Page.GetByTextOptions().setExact(true);

  @Test
  void ownerBrandsThePortalThenSwitchesItOffAndOnAgain() {
    Agency a = fixtures.agency("J");
    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.navigate(BASE + "/staff/settings");

    owner
        .locator("vaadin-upload.logo-upload input[type=file]")
        .setInputFiles(new FilePayload("logo.png", "image/png", logo()));
    assertThat(owner.getByText("Logo uploaded", EXACT).first()).isVisible();
    assertThat(owner.locator("img.logo-preview")).isVisible();

    Locator accent = owner.locator("vaadin-text-field.accent-color input");
    accent.fill("#0b5d3b");
    assertThat(owner.locator(".accent-contrast")).containsText("passes WCAG AA");
    owner.locator("vaadin-text-field.support-email input").fill("help@agency-j.test");
    owner.locator(".save-branding").click();
    assertThat(
            owner
                .getByText("Branding saved; the portal and client mails show it now", EXACT)
                .first())
        .isVisible();
    screenshot(owner, "settings-1-branding-1280");
    assertFitsTheWindow(owner);
    owner.setViewportSize(390, 844);
    screenshot(owner, "settings-1-branding-390");
    assertFitsTheWindow(owner);
    owner.setViewportSize(1280, 860);

    // Too light for white text: refused with the ratio, the saved colour stays.
    accent.fill("#ffcc00");
    assertThat(owner.locator(".accent-contrast")).containsText("1.51:1 (needs 4.5:1)");
    owner.locator(".save-branding").click();
    assertThat(
            owner
                .locator("vaadin-notification-card")
                .filter(
                    new Locator.FilterOptions()
                        .setHasText("White text on #ffcc00 has a contrast of only 1.51:1")))
        .isVisible();
    screenshot(owner, "settings-2-too-light");
    owner.reload();
    assertThat(owner.locator("vaadin-text-field.accent-color input")).hasValue("#0b5d3b");
    assertThat(owner.locator("img.logo-preview")).isVisible();
    screenshot(owner, "settings-0-top");

    // The client's portal shows both at once.
    client.navigate(BASE + "/portal");
    Locator logo = client.locator(".portal-brand img");
    assertThat(logo).isVisible();
    assertThat(logo).hasAttribute("src", java.util.regex.Pattern.compile("^/branding/logos/"));
    client.waitForFunction(
        "() => document.querySelector('.portal-brand img').naturalWidth > 0", null);
    String border =
        (String)
            client.evaluate(
                "() => getComputedStyle(document.querySelector('.portal-header')).borderTopColor");
    org.assertj.core.api.Assertions.assertThat(border).isEqualTo("rgb(11, 93, 59)");
    assertThat(client.locator(".portal-footer")).containsText("help@agency-j.test");
    screenshot(client, "settings-3-branded-portal-1280");
    assertFitsTheWindow(client);

    // The portal goes off: the client's next page says so, in the agency's branding.
    owner.navigate(BASE + "/staff/settings");
    owner.locator("#portal-enabled input").uncheck();
    owner.locator(".save-portal").click();
    assertThat(owner.getByText("The client portal is off", EXACT).first()).isVisible();

    client
        .locator(".portal-nav a")
        .filter(new Locator.FilterOptions().setHasText("Projects"))
        .first()
        .click();
    client.waitForURL("**/portal-unavailable");
    assertThat(client.locator("h1")).hasText("Portal unavailable");
    assertThat(client.locator("main")).containsText("Agency J ");
    assertThat(client.locator("main")).containsText("help@agency-j.test");
    screenshot(client, "settings-4-unavailable-1280");
    assertFitsTheWindow(client);
    client.setViewportSize(390, 844);
    screenshot(client, "settings-4-unavailable-390");
    assertFitsTheWindow(client);
    client.setViewportSize(1280, 860);
    client.navigate(BASE + "/portal/projects/" + a.project1());
    client.waitForURL("**/portal-unavailable");

    // Nobody of the client's can sign in: the same answer on the login page, but no mail.
    String other = a.clientOf2().email();
    int mailsBefore = mailbox.mailsTo(other).size();
    Page stranger = newBrowser();
    stranger.navigate(BASE + "/login");
    stranger.getByLabel("Work email").fill(other);
    stranger.getByText("Email me a sign-in link").click();
    stranger.getByText("a sign-in link is on its way").waitFor();
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> mailbox.mailsTo(other).size() == mailsBefore);

    // The logo is for anyone (mails show it), cached for long, and nothing but logos is served.
    String logoUrl = BASE + client.locator(".brand img").getAttribute("src");
    com.microsoft.playwright.APIResponse image = stranger.request().get(logoUrl);
    org.assertj.core.api.Assertions.assertThat(image.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(image.headers())
        .containsEntry("content-type", "image/png")
        .containsEntry("x-content-type-options", "nosniff");
    org.assertj.core.api.Assertions.assertThat(image.headers().get("cache-control"))
        .contains("immutable");
    org.assertj.core.api.Assertions.assertThat(
            stranger.request().get(BASE + "/branding/logos/" + "0".repeat(64)).status())
        .isEqualTo(404);

    // Staff carry on.
    owner.navigate(BASE + "/staff/clients/" + a.client1());
    assertThat(owner.locator("body")).not().containsText("Portal unavailable");
    org.assertj.core.api.Assertions.assertThat(owner.url()).contains("/staff/clients/");

    // On again: the client carries on where they were, still signed in.
    owner.navigate(BASE + "/staff/settings");
    owner.locator("#portal-enabled input").check();
    owner.locator(".save-portal").click();
    assertThat(owner.getByText("The client portal is on", EXACT).first()).isVisible();
    client.reload();
    client.waitForURL("**/portal");
    assertThat(client.locator(".portal-brand img")).isVisible();
  }

  @Test
  void ownerSeesThePlanMatrixMovesToStarterAndRetimesTheProcesses() {
    Agency a = fixtures.agency("Q");
    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.navigate(BASE + "/staff/settings");

    Locator plan = owner.locator("#settings-plan");
    assertThat(plan.locator(".current-plan")).hasText("Your workspace is on the Growth plan.");
    assertThat(plan.locator(".plan-matrix")).isVisible();
    assertThat(plan.locator(".feature-deliverable-approvals .included")).hasCount(2);
    assertThat(plan.locator(".plan-unlocks")).hasCount(0);
    plan.scrollIntoViewIfNeeded();
    screenshot(owner, "settings-5-plan-1280");
    assertFitsTheWindow(owner);
    owner.setViewportSize(390, 844);
    plan.scrollIntoViewIfNeeded();
    screenshot(owner, "settings-5-plan-390");
    assertFitsTheWindow(owner);
    owner.setViewportSize(1280, 860);

    // Down to Starter: at once, for the owner's pages and for the client's portal.
    Selects.choose(Selects.labelled(owner, "Change the plan to"), "Starter");
    plan.locator(".save-plan").click();
    assertThat(plan.locator(".current-plan")).hasText("Your workspace is on the Starter plan.");
    assertThat(plan.locator(".plan-unlocks").first())
        .hasText(
            "Growth would unlock: Deliverable approvals, Client feedback, Full branding, Custom"
                + " domain.");
    assertThat(owner.locator("vaadin-text-field.accent-color")).hasAttribute("readonly", "");
    screenshot(owner, "settings-6-starter");
    Page client = newBrowser();
    signIn(client, a.clientOf1().email());
    client.navigate(BASE + "/portal");
    assertThat(client.locator(".portal-nav")).containsText("Projects");
    assertThat(client.locator(".portal-nav")).not().containsText("Feedback");

    // Process timing: a bad duration is named and nothing is saved; a good one is kept.
    Locator timing = owner.locator("#settings-process-timing");
    Locator reminder = timing.getByLabel("Invitation reminder");
    assertThat(reminder).hasValue("3 days");
    reminder.fill("soon");
    timing.locator(".save-process-timing").click();
    assertThat(
            owner
                .locator("vaadin-notification-card")
                .filter(
                    new Locator.FilterOptions()
                        .setHasText("Invitation reminder: \"soon\" is not a duration")))
        .isVisible();
    reminder.fill("12h");
    timing.getByLabel("Payment reminders").fill("5, 10 days");
    timing.locator(".save-process-timing").click();
    assertThat(owner.getByText("Process timing saved.", EXACT).first()).isVisible();
    assertThat(reminder).hasValue("12 hours");
    timing.scrollIntoViewIfNeeded();
    screenshot(owner, "settings-7-process-timing-1280");
    owner.setViewportSize(390, 844);
    timing.scrollIntoViewIfNeeded();
    screenshot(owner, "settings-7-process-timing-390");
    assertFitsTheWindow(owner);
    owner.setViewportSize(1280, 860);
    owner.reload();
    assertThat(owner.locator("#settings-process-timing").getByLabel("Payment reminders"))
        .hasValue("5 days, 10 days");
  }

  /** A 160×40 PNG: a green block, so the screenshots show where the logo sits. */
  private static byte[] logo() {
    BufferedImage image = new BufferedImage(160, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(11, 93, 59));
    g.fillRect(0, 0, 160, 40);
    g.setColor(Color.WHITE);
    g.fillOval(8, 8, 24, 24);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
