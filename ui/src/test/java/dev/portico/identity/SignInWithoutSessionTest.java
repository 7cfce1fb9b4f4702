package dev.portico.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.RawHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anonymous visitors of the sign-in page keep no HTTP session (decision 027): the page, its
 * notices, the branded page on a custom domain and the form's answers create none; the session
 * starts when someone signs in with the mailed link. Sessions are counted by the server (Tomcat's
 * session manager); requests go out without a cookie jar, as a bot's or a first visit's do.
 */
class SignInWithoutSessionTest extends BrowserTest {

  private static final Pattern CSRF =
      Pattern.compile("<input type=\"hidden\" name=\"(_csrf)\" value=\"([^\"]+)\">");
  private static final Pattern LINK = Pattern.compile("/login/ott\\?token=[A-Za-z0-9_-]+");
  private static final Map<String, String> NOTICES =
      Map.of(
          "sent", "If that email has access, a sign-in link is on its way.",
          "link-invalid", "That sign-in link is invalid, already used or expired.",
          "ended", "Your access has ended.",
          "google-refused", "That Google account has no access here.",
          "form-expired", "The sign-in form had expired.");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Autowired WebServerApplicationContext server;
  @Autowired JdbcClient jdbc;

  @Test
  void theSignInPageItsNoticesAndProtectedAddressesCreateNoSession() {
    Agency agency = fixtures.agency("SL");
    String domain = verifiedDomain(agency, "#0b5d3b");
    long before = sessionsCreated();

    HttpResponse<String> plain = get("/login", Map.of());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(plain.body()).contains("<h1>Sign in</h1>", "Work email", "Email me a sign-in link");
    assertThat(plain.body()).contains("Sign in with Google");
    assertNoSessionCookie("/login", plain);
    for (var notice : NOTICES.entrySet()) {
      HttpResponse<String> page = get("/login?" + notice.getKey(), Map.of());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as(notice.getKey()).contains(notice.getValue());
      assertNoSessionCookie("/login?" + notice.getKey(), page);
    }
    // After "sent" the page offers no second form: the answer is the same for every email.
    assertThat(get("/login?sent", Map.of()).body()).doesNotContain("<form");

    // On the workspace's verified domain: its name and accent; on the base host neither.
    RawHttp raw = new RawHttp(PORT, "127.0.0.1");
    RawHttp.Response branded = raw.get(domain + ":" + PORT, "/login");
    String agencyName = agencyName(agency);
    assertThat(branded.status()).isEqualTo(200);
    assertThat(branded.body()).contains(agencyName).contains("border-top: 4px solid #0b5d3b");
    assertThat(branded.all("set-cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(plain.body()).doesNotContain(agencyName);

    // Addresses that need a signed-in person send to the sign-in page without a session, too.
    for (String path : List.of("/", "/portal", "/staff/projects", "/no-such-page")) {
      HttpResponse<String> protectedPage = get(path, Map.of());
      assertThat(protectedPage.statusCode()).as(path).isEqualTo(302);
      assertThat(protectedPage.headers().firstValue("location")).as(path).hasValue("/login");
      assertNoSessionCookie(path, protectedPage);
    }

    // What a browser fetches on its own with the page: the icon, the page's styles.
    for (String path : List.of("/favicon.ico", "/styles/sign-in.css")) {
      HttpResponse<String> asset = get(path, Map.of());
      assertThat(asset.statusCode()).as(path).isEqualTo(200);
      assertNoSessionCookie(path, asset);
    }

    assertThat(sessionsCreated() - before).as("HTTP sessions created").isZero();
  }

  @Test
  void theFormAnswersTheSameForKnownAndUnknownEmailsAndMailsOnlyTheKnownOne() {
    String known = fixtures.agency("SK").clientOf1().email();
    String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
    long before = sessionsCreated();

    HttpResponse<String> forKnown = submit(known);
    HttpResponse<String> forUnknown = submit(unknown);

    for (HttpResponse<String> answer : List.of(forKnown, forUnknown)) {
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(answer.headers().firstValue("location")).hasValue("/login?sent");
      assertNoSessionCookie("POST /login/link", answer);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.mailsTo(known).size() == 1);
    assertThat(mailbox.mailsTo(known).getFirst().mail().text()).containsPattern(LINK);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> mailbox.mailsTo(unknown).isEmpty());
    assertThat(sessionsCreated() - before).as("HTTP sessions created").isZero();
  }

  @Test
  void aPostWithoutTheCookieOrWithAWrongTokenSendsNothing() {
    String email = fixtures.agency("SC").clientOf1().email();
    Form form = form();
    String body = "email=" + encode(email);

    List<HttpResponse<String>> refused =
        List.of(
            // No token, no cookie: a forged cross-site post.
            post(body, Map.of()),
            // The page's cookie, a wrong token.
            post(body + "&_csrf=" + encode("x" + form.token()), Map.of("Cookie", form.cookies())),
            // The page's token without its cookie.
            post(body + "&_csrf=" + encode(form.token()), Map.of()));

    assertThat(refused)
        .allSatisfy(
            answer -> {
              assertThat(answer.statusCode()).isEqualTo(303);
              assertThat(answer.headers().firstValue("location")).hasValue("/login?form-expired");
            });
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> mailbox.mailsTo(email).isEmpty());
  }

  @Test
  void anInvalidEmailIsExplainedNextToTheFieldAndKeepsWhatWasTyped() {
    long before = sessionsCreated();
    HttpResponse<String> answer = submit("peter@<b>agency");

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .contains("Enter a valid email address, like name@company.com.")
        .contains("value=\"peter@&lt;b&gt;agency\"")
        .doesNotContain("<b>agency")
        .doesNotContain(NOTICES.get("sent"));
    assertNoSessionCookie("POST /login/link", answer);
    assertThat(sessionsCreated() - before).as("HTTP sessions created").isZero();
  }

  @Test
  void theSessionStartsWhenTheMailedLinkIsUsed() {
    String email = fixtures.agency("SS").clientOf1().email();
    assertThat(submit(email).statusCode()).isEqualTo(303);
    await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.mailsTo(email).size() == 1);
    Matcher link = LINK.matcher(mailbox.mailsTo(email).getFirst().mail().text());
    assertThat(link.find()).isTrue();
    long before = sessionsCreated();

    HttpResponse<String> landing = get(link.group(), Map.of());
    assertThat(landing.statusCode()).isEqualTo(200);
    assertNoSessionCookie("the link's page", landing);
    Form confirm = Form.of(landing);
    String token = link.group().substring(link.group().indexOf("token=") + "token=".length());
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(URI.create(BASE + "/login/ott"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", confirm.cookies())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "token=" + token + "&_csrf=" + encode(confirm.token()))));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    String session =
        signedIn.headers().allValues("set-cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(sessionsCreated() - before).as("HTTP sessions created").isEqualTo(1);
    HttpResponse<String> portal = get("/portal", Map.of("Cookie", session.split(";", 2)[0]));
    assertThat(portal.statusCode()).isEqualTo(200);
    // Signed in, the sign-in page sends on to the app.
    HttpResponse<String> login = get("/login", Map.of("Cookie", session.split(";", 2)[0]));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("location")).hasValue("/");
  }

  @Test
  void theSignInPageLooksLikeTheAppOnADesktopAndAPhone() {
    Agency agency = fixtures.agency("SP");
    String domain = verifiedDomain(agency, "#7a1f5c");
    Page page = newBrowser();

    page.navigate(BASE + "/login");
    assertThat(page.locator("h1")).hasText("Sign in");
    both(page, "sign-in-1-plain");

    page.getByLabel("Work email").fill("peter@");
    page.getByText("Email me a sign-in link").click();
    assertThat(page.locator("#email-error"))
        .hasText("Enter a valid email address, like name@company.com.");
    assertThat(page.getByLabel("Work email")).hasValue("peter@");
    both(page, "sign-in-2-invalid-email");

    page.getByLabel("Work email").fill(agency.clientOf1().email());
    page.getByText("Email me a sign-in link").click();
    page.waitForURL(BASE + "/login?sent");
    assertThat(page.locator("[data-notice=sent]")).isVisible();
    both(page, "sign-in-3-sent");

    page.navigate(BASE + "/login?link-invalid");
    assertThat(page.locator("[data-notice=link-invalid]")).isVisible();
    both(page, "sign-in-4-link-invalid");

    page.navigate("http://" + domain + ":" + PORT + "/login");
    assertThat(page.locator(".login-brand")).hasText(agencyName(agency));
    assertThat(page.context().cookies()).noneMatch(c -> c.name.equals("JSESSIONID"));
    both(page, "sign-in-5-custom-domain");
  }

  /** Screenshots at 1280 and 390 px; neither scrolls sideways. */
  private static void both(Page page, String name) {
    page.setViewportSize(1280, 860);
    screenshot(page, name + "-1280");
    assertFitsTheWindow(page);
    page.setViewportSize(390, 844);
    screenshot(page, name + "-390");
    assertFitsTheWindow(page);
    page.setViewportSize(1280, 860);
  }

  /** The workspace's portal domain, verified, with the accent colour (a plan with branding). */
  private String verifiedDomain(Agency agency, String accent) {
    String domain = "portal-" + agency.workspaceId().toString().substring(0, 8) + ".client.test";
    jdbc.sql("update workspace set accent_color = ?, plan = 'SCALE' where id = ?")
        .param(accent)
        .param(agency.workspaceId())
        .update();
    jdbc.sql(
            """
            insert into custom_domain (workspace_id, domain, state, requested_by,
              requested_by_name, requested_by_email, created_at, verification_id, verified_at)
            values (?, ?, 'VERIFIED', ?, 'Owner', 'owner@example.test', now(), ?, now())
            """)
        .param(agency.workspaceId())
        .param(domain)
        .param(agency.owner().accountId())
        .param(UUID.randomUUID())
        .update();
    return domain;
  }

  private String agencyName(Agency agency) {
    return jdbc.sql("select name from workspace where id = ?")
        .param(agency.workspaceId())
        .query(String.class)
        .single();
  }

  /** How many HTTP sessions the server has created since it started. */
  private long sessionsCreated() {
    TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
    return Arrays.stream(tomcat.getTomcat().getHost().findChildren())
        .map(Context.class::cast)
        .mapToLong(context -> context.getManager().getSessionCounter())
        .sum();
  }

  private static void assertNoSessionCookie(String what, HttpResponse<String> response) {
    assertThat(response.headers().allValues("set-cookie"))
        .as(what + " sets no session cookie")
        .noneMatch(c -> c.startsWith("JSESSIONID="));
  }

  /** The sign-in page's CSRF token and the cookies that came with it. */
  private record Form(String token, String cookies) {
    static Form of(HttpResponse<String> page) {
      Matcher csrf = CSRF.matcher(page.body());
      assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
      String cookies =
          page.headers().allValues("set-cookie").stream()
              .map(c -> c.split(";", 2)[0])
              .collect(Collectors.joining("; "));
      return new Form(csrf.group(2), cookies);
    }
  }

  private Form form() {
    return Form.of(get("/login", Map.of()));
  }

  /** The form as a browser submits it: the page's cookie and token. */
  private HttpResponse<String> submit(String email) {
    Form form = form();
    return post(
        "email=" + encode(email) + "&_csrf=" + encode(form.token()),
        Map.of("Cookie", form.cookies()));
  }

  private HttpResponse<String> post(String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + "/login/link"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    new LinkedHashMap<>(headers).forEach(request::header);
    return send(request);
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
    headers.forEach(request::header);
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
