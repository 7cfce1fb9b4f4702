package dev.portico.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a mailed link lands: an invited contact is welcomed by their agency, a returning one
 * welcomed back, in the agency's branding; a link that is no good shows no agency at all.
 */
class MagicLinkLandingTest extends BrowserTest {

  private static final Pattern LINK = Pattern.compile("/login/ott\\?token=[A-Za-z0-9_-]+");

  @Autowired ClientInvitations invitations;
  @Autowired JdbcClient jdbc;

  @Test
  void anInvitedContactIsWelcomedAndAReturningOneWelcomedBackInTheAgencysBranding() {
    Agency a = fixtures.agency("W");
    String agency = agencyName(a);
    jdbc.sql("update workspace set accent_color = '#7b2ff7' where id = ?")
        .param(a.workspaceId())
        .update();
    String invitee = "new-" + UUID.randomUUID() + "@client.test";
    Fixtures.signIn(a.staff());
    try {
      invitations.invite(a.client1(), new InviteForm(invitee, "Nina New", null));
    } finally {
      Fixtures.signOut();
    }

    Page page = newBrowser();
    page.navigate(BASE + linkMailedTo(invitee));
    assertThat(page.locator("h1")).hasText("Welcome");
    assertThat(page.locator(".brand")).hasText(agency);
    assertThat(page.getByText(agency + " invites you to your project portal.")).isVisible();
    assertThat(page.locator("#sign-in"))
        .hasCSS("background-color", "rgb(123, 47, 247)"); // the agency's accent
    screenshot(page, "landing-1-invited");
    page.setViewportSize(390, 844);
    assertFitsTheWindow(page);
    page.setViewportSize(1280, 860);
    page.locator("#sign-in").click();
    page.waitForURL(url -> url.endsWith("/portal"));

    String returning = a.clientOf1().email();
    magicLinks.request(returning, "127.0.0.77");
    Page again = newBrowser();
    again.navigate(BASE + linkMailedTo(returning));
    assertThat(again.locator("h1")).hasText("Welcome back");
    assertThat(again.locator(".brand")).hasText(agency);
    assertThat(again.getByText("Press the button to sign in. The link works once.")).isVisible();

    Page forged = newBrowser();
    forged.navigate(BASE + "/login/ott?token=" + "x".repeat(43));
    assertThat(forged.locator("h1")).hasText("Welcome back");
    assertThat(forged.locator(".brand")).hasCount(0);
  }

  private String linkMailedTo(String email) {
    String text =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    mailbox.mailsTo(email).stream()
                        .map(m -> m.mail().text())
                        .filter(t -> LINK.matcher(t).find())
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    Matcher link = LINK.matcher(text);
    link.find();
    return link.group();
  }

  private String agencyName(Agency a) {
    return jdbc.sql("select name from workspace where id = ?")
        .param(a.workspaceId())
        .query(String.class)
        .single();
  }
}
