package dev.portico.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import dev.portico.identity.SignInRateLimit;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.RawHttp;
import dev.portico.testsupport.RawHttp.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What someone probing a running Portico over plain HTTP observes. */
class HttpHardeningTest extends BrowserTest {

  private static final String HOST = "localhost:" + PORT;
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

  @Test
  void theOneTimeTokenEndpointObeysThePerAddressLimitOfTheLoginForm() {
    String email = fixtures.agency("R").clientOf1().email();
    RawHttp attacker = new RawHttp(PORT, randomLoopbackAddress());
    String attackerAddress = attacker.clientAddress();
    // The login form's path has used up this address's allowance (with unknown emails).
    for (int i = 0; i <= SignInRateLimit.REQUESTS_PER_ADDRESS; i++) {
      magicLinks.request(
          "nobody-" + i + "-" + UUID.randomUUID() + "@example.test", attackerAddress);
    }

    Response limited = generate(attacker, HOST, email);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mailbox.mailsTo(email).isEmpty());

    Response fresh = generate(new RawHttp(PORT, randomLoopbackAddress()), HOST, email);
    await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.mailsTo(email).size() == 1);
    Response unknown =
        generate(
            new RawHttp(PORT, randomLoopbackAddress()),
            HOST,
            "stranger-" + UUID.randomUUID() + "@example.test");

    assertThat(List.of(limited, unknown))
        .as("limited, unknown and known emails get the same answer")
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(fresh.status());
              assertThat(r.header("location")).isEqualTo(fresh.header("location"));
            });
  }

  @Test
  void theOneTimeTokenEndpointObeysThePerEmailLimit() {
    String email = fixtures.agency("E").clientOf1().email();
    for (int i = 0; i < SignInRateLimit.LIMIT + 2; i++) {
      generate(new RawHttp(PORT, randomLoopbackAddress()), HOST, email);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailbox.mailsTo(email).size() == SignInRateLimit.LIMIT);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mailbox.mailsTo(email).size() == SignInRateLimit.LIMIT);
  }

  @Test
  void htmlPagesCarryAContentSecurityPolicyNosniffAndAReferrerPolicy() {
    RawHttp browser = new RawHttp(PORT, "127.0.0.1");
    Response login = browser.get(HOST, "/login");
    Response landing = browser.get(HOST, "/login/ott?token=abc");
    assertThat(login.status()).isEqualTo(200);
    assertThat(landing.status()).isEqualTo(200);
    assertSecurityHeaders(
        "/login",
        login.header("content-security-policy"),
        login.header("x-content-type-options"),
        login.header("referrer-policy"));
    assertSecurityHeaders(
        "/login/ott",
        landing.header("content-security-policy"),
        landing.header("x-content-type-options"),
        landing.header("referrer-policy"));

    Page client = newBrowser();
    signIn(client, fixtures.agency("H").clientOf1().email());
    APIResponse portal = client.request().get(BASE + "/portal");
    APIResponse missing = client.request().get(BASE + "/portal/no-such-page");
    assertThat(portal.status()).isEqualTo(200);
    // An unknown portal page is the app's own "Not found" page, never a bare error.
    assertThat(missing.status()).isLessThan(500);
    client.navigate(BASE + "/portal/no-such-page");
    assertThat(client.locator("h1").first().textContent()).isEqualTo("Not found");
    for (APIResponse page : List.of(portal, missing)) {
      assertThat(page.headers().get("content-type")).startsWith("text/html");
      Map<String, String> h = page.headers();
      assertSecurityHeaders(
          page.url(),
          h.get("content-security-policy"),
          h.get("x-content-type-options"),
          h.get("referrer-policy"));
    }
  }

  @Test
  void theSessionCookieIsSameSiteLaxHttpOnlyAndNeverPutInAUrl() {
    RawHttp browser = new RawHttp(PORT, "127.0.0.1");
    // An anonymous visit keeps no session (decision 027); the form's CSRF cookie is just as strict.
    Response login = browser.get(HOST, "/login");
    assertThat(login.all("set-cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    String csrf =
        login.all("set-cookie").stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .findFirst()
            .orElseThrow();
    assertThat(csrf).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");

    // The session comes with signing in.
    String link = mailedSignInLink(fixtures.agency("SC").clientOf1().email(), BASE);
    Response landing = browser.get(HOST, link.substring(BASE.length()));
    Response signedIn =
        browser.postForm(HOST, "/login/ott", hiddenFields(landing), "Cookie: " + cookies(landing));
    String session =
        signedIn.all("set-cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    assertThat(String.valueOf(signedIn.header("location")))
        .doesNotContainIgnoringCase(";jsessionid=");

    for (String path : List.of("/VAADIN/", "/portal", "/staff/projects", "/login")) {
      Response response = browser.get(HOST, path);
      assertThat(String.valueOf(response.header("location")))
          .as(path)
          .doesNotContainIgnoringCase(";jsessionid=");
      assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
    }
  }

  @Test
  void redirectsNeverPointAtTheHostTheRequestClaims() {
    RawHttp attacker = new RawHttp(PORT, randomLoopbackAddress());
    List<Response> responses = new ArrayList<>();
    for (String host : List.of("evil.example", "evil.example:" + PORT)) {
      for (String path :
          List.of(
              "/portal",
              "/staff/projects",
              "/files/deliverables/" + UUID.randomUUID(),
              "/logout",
              "/VAADIN/",
              "/oauth2/authorization/google",
              "/actuator/env")) {
        responses.add(attacker.get(host, path));
      }
      responses.add(attacker.postForm(host, "/logout", ""));
      responses.add(generate(attacker, host, "someone-" + UUID.randomUUID() + "@example.test"));
    }

    List<String> locations =
        responses.stream().flatMap(r -> r.all("location").stream()).collect(Collectors.toList());
    assertThat(locations).as("the probe saw redirects").hasSizeGreaterThan(5);
    assertThat(locations).noneMatch(location -> location.contains("evil.example"));
    assertThat(responses).allSatisfy(r -> assertThat(r.body()).doesNotContain("evil.example"));
  }

  /** POST /ott/generate as a browser would: with the cookies and CSRF token of a page. */
  private static Response generate(RawHttp browser, String host, String email) {
    Response landing = browser.get(host, "/login/ott?token=x");
    String csrf = "";
    Matcher hidden = HIDDEN.matcher(landing.body());
    while (hidden.find()) {
      if (!hidden.group(1).equals("token")) {
        csrf =
            "&"
                + hidden.group(1)
                + "="
                + URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8);
      }
    }
    return browser.postForm(
        host,
        "/ott/generate",
        "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + csrf,
        "Cookie: " + cookies(landing));
  }

  /** The cookies a response set, as a browser sends them back. */
  private static String cookies(Response response) {
    return response.all("set-cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .collect(Collectors.joining("; "));
  }

  /** A page's hidden form fields, form-encoded. */
  private static String hiddenFields(Response page) {
    List<String> fields = new ArrayList<>();
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      fields.add(
          hidden.group(1) + "=" + URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
    }
    return String.join("&", fields);
  }

  private static void assertSecurityHeaders(
      String what, String csp, String contentTypeOptions, String referrerPolicy) {
    assertThat(csp)
        .as(what + " Content-Security-Policy")
        .isNotNull()
        .contains("default-src 'self'")
        .contains("frame-ancestors 'self'")
        .contains("object-src 'none'")
        .containsPattern("script-src [^;]*https://js\\.stripe\\.com")
        .containsPattern("frame-src [^;]*https://\\*\\.stripe\\.com")
        .containsPattern("connect-src [^;]*https://\\*\\.stripe\\.com");
    assertThat(contentTypeOptions).as(what + " X-Content-Type-Options").isEqualTo("nosniff");
    assertThat(referrerPolicy).as(what + " Referrer-Policy").isNotBlank();
  }

  private static String randomLoopbackAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250);
  }
}
