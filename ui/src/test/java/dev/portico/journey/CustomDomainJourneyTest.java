package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner gives the portal a custom domain: Settings shows the CNAME record to create, Verify
 * says what DNS (a server on this machine) answered, and once the record is right the domain is
 * verified. On that host the sign-in page wears the agency's branding, the agency's client signs in
 * through a link on the domain and sees the portal there, staff are sent to the default address; an
 * unknown host shows no workspace at all, and the TLS proxy's question is answered yes only for the
 * verified domain.
 */
class CustomDomainJourneyTest extends BrowserTest {

  private static final Page.GetByTextOptions EXACT = new Page.GetByTextOptions().setExact(true);

  @Autowired JdbcClient jdbc;

  @Test
  void ownerVerifiesACustomDomainAndItsClientsUseThePortalThere() {
    Agency a = fixtures.agency("CD");
    String tag = a.workspaceId().toString().substring(0, 8);
    String domain = "portal-" + tag + ".client.test";
    String agency =
        jdbc.sql("select name from workspace where id = ?")
            .param(a.workspaceId())
            .query(String.class)
            .single();
    jdbc.sql(
            "update workspace set accent_color = '#0b5d3b', support_email = 'help@agency-cd.test'"
                + " where id = ?")
        .param(a.workspaceId())
        .update();

    Page owner = newBrowser();
    signIn(owner, a.owner().email());
    owner.navigate(BASE + "/staff/settings");
    Locator section = owner.locator("#settings-custom-domain");
    section.locator("vaadin-text-field.domain-field input").fill("https://" + domain.toUpperCase());
    section.locator(".save-domain").click();
    assertThat(
            owner
                .getByText("Domain saved. Create the CNAME record, then press Verify.", EXACT)
                .first())
        .isVisible();
    assertThat(section.locator(".dns-record")).containsText("CNAME");
    assertThat(section.locator(".dns-record")).containsText(domain);
    assertThat(section.locator(".dns-record")).containsText("localhost.");
    assertThat(section.locator(".domain-state")).hasText("Not verified yet");

    // No record yet: the check says so, and retries are scheduled. (Notifications at the bottom
    // may cover the button on a short window: wait until they are gone.)
    settle(owner, section);
    section.locator(".verify-domain").click();
    assertThat(section.locator(".domain-state")).hasText("Checking");
    assertThat(section.locator(".domain-outcome")).containsText("does not exist in DNS yet");
    assertThat(section.locator(".domain-next")).containsText("checks again at");
    assertThat(owner.getByText("Not verified yet; Portico keeps checking", EXACT)).isVisible();
    settle(owner, section);
    screenshot(owner, "custom-domain-1-checking-1280");
    assertFitsTheWindow(owner);
    owner.setViewportSize(390, 844);
    screenshot(owner, "custom-domain-1-checking-390");
    assertFitsTheWindow(owner);
    owner.setViewportSize(1280, 860);

    // The record is right now: Verify now verifies it.
    DNS.cname(domain, "localhost.");
    section.locator(".verify-domain").click();
    assertThat(section.locator(".domain-state")).hasText("Verified");
    assertThat(section.locator(".domain-outcome")).containsText(domain + " points at localhost.");
    assertThat(section.locator(".verify-domain")).hasCount(0);
    settle(owner, section);
    screenshot(owner, "custom-domain-2-verified-1280");
    assertFitsTheWindow(owner);
    owner.setViewportSize(390, 844);
    screenshot(owner, "custom-domain-2-verified-390");
    assertFitsTheWindow(owner);

    // The TLS proxy may get a certificate for the verified domain only.
    RawHttp http = new RawHttp(PORT, "127.0.0.1");
    RawHttp.Response yes = http.get("portico:8080", "/domains/ask?domain=" + domain);
    org.assertj.core.api.Assertions.assertThat(yes.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(yes.body()).isEqualTo("ok");
    RawHttp.Response no = http.get("portico:8080", "/domains/ask?domain=other-" + domain);
    org.assertj.core.api.Assertions.assertThat(no.status()).isEqualTo(404);
    org.assertj.core.api.Assertions.assertThat(no.body()).doesNotContain(agency);

    // The verified host's sign-in page wears the agency's branding.
    Page visitor = newBrowserResolvingTestDomains();
    String origin = "http://" + domain + ":" + PORT;
    visitor.navigate(origin + "/login");
    assertThat(visitor.locator(".login-brand")).hasText(agency);
    String border =
        (String)
            visitor.evaluate(
                "() => getComputedStyle(document.querySelector('.login-card')).borderTopColor");
    org.assertj.core.api.Assertions.assertThat(border).isEqualTo("rgb(11, 93, 59)");
    screenshot(visitor, "custom-domain-3-login-1280");
    visitor.setViewportSize(390, 844);
    screenshot(visitor, "custom-domain-3-login-390");
    assertFitsTheWindow(visitor);
    visitor.setViewportSize(1280, 860);

    // An unknown host shows no workspace's branding.
    visitor.navigate("http://unknown-" + tag + ".client.test:" + PORT + "/login");
    assertThat(visitor.locator("h1")).hasText("Sign in");
    assertThat(visitor.locator(".login-brand")).hasCount(0);
    org.assertj.core.api.Assertions.assertThat(visitor.content()).doesNotContain(agency);
    RawHttp.Response unknown = http.get("unknown-" + tag + ".client.test", "/portal");
    org.assertj.core.api.Assertions.assertThat(unknown.status()).isEqualTo(302);
    org.assertj.core.api.Assertions.assertThat(unknown.header("location")).endsWith("/login");

    // Staff are sent to the default address for the console.
    visitor.navigate(origin + "/staff/projects");
    visitor.waitForURL(BASE + "/login");

    // The client's sign-in link leads to the domain, and the portal is served there.
    Page client = newBrowserResolvingTestDomains();
    client.navigate(mailedSignInLink(a.clientOf1().email(), origin));
    client.locator("#sign-in").click();
    client.waitForURL(url -> url.startsWith(origin + "/portal"));
    assertThat(client.locator(".portal-brand")).containsText(agency);
    assertThat(client.locator(".portal-footer")).containsText("help@agency-cd.test");
    screenshot(client, "custom-domain-4-portal-1280");
    assertFitsTheWindow(client);

    // On the Starter plan the section only explains what Growth and Scale include.
    jdbc.sql("update workspace set plan = 'STARTER' where id = ?").param(a.workspaceId()).update();
    owner.setViewportSize(1280, 860);
    owner.reload();
    Locator starter = owner.locator("#settings-custom-domain");
    assertThat(starter.locator(".domain-plan"))
        .containsText("Growth and Scale plans include a custom domain");
    assertThat(starter.locator(".verify-domain")).hasCount(0);
    assertThat(starter.locator(".domain-kept")).containsText(domain + " keeps working");
    assertThat(starter.locator("vaadin-text-field")).hasCount(0);
    starter.scrollIntoViewIfNeeded();
    screenshot(owner, "custom-domain-5-starter-1280");
    owner.setViewportSize(390, 844);
    starter.scrollIntoViewIfNeeded();
    screenshot(owner, "custom-domain-5-starter-390");
    assertFitsTheWindow(owner);

    // A contact of another workspace who signs in on this domain is sent to the default address:
    // nothing of theirs is shown under this agency's name (the session stays on this host).
    Agency other = fixtures.agency("CE");
    String otherLink = mailedSignInLink(other.clientOf1().email(), BASE);
    Page stranger = newBrowserResolvingTestDomains();
    stranger.navigate(otherLink.replace(BASE, origin));
    stranger.locator("#sign-in").click();
    stranger.waitForURL(url -> url.startsWith(BASE + "/"));
    org.assertj.core.api.Assertions.assertThat(stranger.content()).doesNotContain(agency);
  }

  /** Notifications gone (they would cover the section), the section in view. */
  private static void settle(Page page, Locator section) {
    assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    section.scrollIntoViewIfNeeded();
  }
}
