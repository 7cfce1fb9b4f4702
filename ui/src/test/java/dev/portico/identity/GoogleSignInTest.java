package dev.portico.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nimbusds.jose.JOSEObjectType;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google sign-in end to end against a real OIDC provider on this machine (the {@code google} issuer
 * of {@link BrowserTest#GOOGLE}): the login page's button, the provider's redirect, the code
 * exchange, the ID token's validation and {@link GoogleAccountLinker}'s decision, in a real
 * browser.
 */
class GoogleSignInTest extends BrowserTest {

  @BeforeEach
  void forgetEarlierProviderTraffic() {
    providerPathsSince();
  }

  @Test
  void anInvitedContactWithAVerifiedEmailLandsOnThePortal() {
    SessionUser contact = fixtures.world().a().clientOf1();
    googleWillVouchFor(contact.email(), true);

    Page page = clickSignInWithGoogle();

    page.waitForURL(BASE + "/portal");
    assertThat(page.locator("h1")).containsText(", " + contact.name().split(" ")[0]);
    screenshot(page, "google-signed-in");
    assertThatTheWholeCodeFlowRan();
  }

  @Test
  void anUnverifiedEmailIsRefusedEvenForAnInvitedContact() {
    SessionUser contact = fixtures.world().a().clientOf1();
    googleWillVouchFor(contact.email(), false);

    Page page = clickSignInWithGoogle();

    expectRefused(page);
  }

  @Test
  void aVerifiedEmailWithoutAnAccountIsRefused() {
    googleWillVouchFor("stranger-" + UUID.randomUUID() + "@gmail.test", true);

    Page page = clickSignInWithGoogle();

    expectRefused(page);
    screenshot(page, "google-refused");
  }

  @Test
  void staffLandOnTheirProjects() {
    SessionUser staff = fixtures.world().a().staff();
    googleWillVouchFor(staff.email(), true);

    Page page = clickSignInWithGoogle();

    page.waitForURL(BASE + "/staff/projects");
    assertThat(page.locator("h1")).hasText("Projects");
    assertThatTheWholeCodeFlowRan();
  }

  /** The next code exchanged at the provider yields tokens (ID and access) for this email. */
  private static void googleWillVouchFor(String email, boolean verified) {
    GOOGLE.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            GOOGLE_ISSUER,
            "google-" + UUID.randomUUID(),
            JOSEObjectType.JWT.getType(),
            List.of(GOOGLE_CLIENT_ID),
            Map.of("email", email, "email_verified", verified, "name", "Someone"),
            3600));
  }

  /** A fresh browser on the login page, clicking "Sign in with Google". */
  private Page clickSignInWithGoogle() {
    Page page = newBrowser();
    page.navigate(BASE + "/login");
    page.getByText("Sign in with Google").click();
    return page;
  }

  /** Refused by Portico after a complete, valid exchange: not by a broken flow. */
  private static void expectRefused(Page page) {
    page.waitForURL(BASE + "/login?google-refused");
    assertThat(page.getByText("That Google account has no access here")).isVisible();
    assertThatTheWholeCodeFlowRan();
  }

  /** The browser was sent to the provider, the code was exchanged and the user info fetched. */
  private static void assertThatTheWholeCodeFlowRan() {
    assertThat(providerPathsSince())
        .containsSubsequence("/google/authorize", "/google/token", "/google/userinfo");
  }

  /** The paths of the requests the provider received since the last call. */
  private static List<String> providerPathsSince() {
    List<String> paths = new ArrayList<>();
    while (true) {
      try {
        paths.add(
            GOOGLE.takeRequest(200, TimeUnit.MILLISECONDS).getPath().replaceFirst("\\?.*", ""));
      } catch (RuntimeException noneWithinTheTimeout) { // how the mock says "no more requests"
        return paths;
      }
    }
  }
}
