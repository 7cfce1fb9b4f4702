package dev.portico.testsupport;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.portico.PorticoApplication;
import dev.portico.identity.MagicLinks;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.mail.DevMailbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a real port, driven by headless Chromium through Playwright. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Google sign-in is configured against a real OIDC provider on this machine ({@link #GOOGLE}),
 * in every browser test: one application context (on one known port) serves them all, so a test
 * class must not bring a configuration of its own.
 */
@SpringBootTest(
    classes = PorticoApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
public abstract class BrowserTest {

  protected static final int PORT = freePort();
  protected static final String BASE = "http://localhost:" + PORT;
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  /** The issuer id of the local provider that stands in for Google. */
  protected static final String GOOGLE_ISSUER = "google";

  protected static final String GOOGLE_CLIENT_ID = "portico";

  /**
   * A local OIDC provider (mock-oauth2-server) as the {@code google} registration's issuer. Started
   * before the context (the registration is read from its discovery document) and kept for the
   * JVM's life, as the cached context is.
   */
  protected static final MockOAuth2Server GOOGLE = startGoogle();

  /**
   * The DNS server custom domains are checked against (decision 022): tests give their names CNAME
   * records at run time. Names under {@code .test} reach this server on 127.0.0.1 in browsers of
   * {@link #newBrowserResolvingTestDomains()}.
   */
  protected static final LocalDnsServer DNS = LocalDnsServer.start();

  private static Playwright playwright;
  private static Browser chromium;
  private final List<BrowserContext> contexts = new ArrayList<>();

  @Autowired protected Fixtures fixtures;
  @Autowired protected DevMailbox mailbox;
  @Autowired protected MagicLinks magicLinks;

  @DynamicPropertySource
  static void serverOnKnownPort(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("portico.base-url", () -> BASE);
    // Small enough that a browser test can try a file that is too large.
    registry.add("portico.files.max-size", () -> "5MB");
    registry.add("portico.domains.dns-server", DNS::address);
  }

  @DynamicPropertySource
  static void googleIsTheLocalProvider(DynamicPropertyRegistry registry) {
    String registration = "spring.security.oauth2.client.registration.google.";
    registry.add(registration + "client-id", () -> GOOGLE_CLIENT_ID);
    registry.add(registration + "client-secret", () -> "secret");
    registry.add(registration + "scope", () -> "openid,email,profile");
    registry.add(
        "spring.security.oauth2.client.provider.google.issuer-uri",
        () -> GOOGLE.issuerUrl(GOOGLE_ISSUER).toString());
  }

  @BeforeAll
  static void startPlaywright() throws IOException {
    // A page on a loaded 2-core machine can take longer than Playwright's 5 s default to answer a
    // click; waiting longer costs nothing when the page is quick, and a wrong page still fails.
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopPlaywright() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @AfterEach
  void closeBrowsers() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /**
   * A fresh browser of its own for one person: an isolated context (its own cookies, storage and
   * cache) of the class's Chromium, which is started once: a Chromium per person cost a second or
   * more each on a loaded machine.
   */
  protected Page newBrowser() {
    BrowserContext context =
        chromium().newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
    context.setDefaultTimeout(30_000);
    contexts.add(context);
    return context.newPage();
  }

  /**
   * A fresh browser that reaches this server for every name under {@code .test} (a custom domain a
   * test verified, or any unknown host), on the server's port: every browser here does.
   */
  protected Page newBrowserResolvingTestDomains() {
    return newBrowser();
  }

  private static Browser chromium() {
    if (chromium == null || !chromium.isConnected()) {
      chromium =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(
                          Paths.get(
                              System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--headless=new",
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-quic",
                              "--no-first-run",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--disable-dev-shm-usage",
                              // Names under .test (custom domains a test verified, unknown
                              // hosts) reach this server; nothing else uses that top-level name.
                              "--host-resolver-rules=MAP *.test 127.0.0.1")));
    }
    return chromium;
  }

  /** Signs in the way a person does: login page, mail in the dev mailbox, link, button. */
  protected void signInThroughMailbox(Page page, String email, String screenshotPrefix) {
    page.navigate(BASE + "/login");
    page.getByLabel("Work email").fill(email);
    if (screenshotPrefix != null) {
      screenshot(page, screenshotPrefix + "-1-login");
    }
    page.getByText("Email me a sign-in link").click();
    page.getByText("a sign-in link is on its way").waitFor();
    followMailedLink(page, email, screenshotPrefix);
  }

  /** Opens the newest mail to {@code email} in the dev mailbox, clicks its link, signs in. */
  protected void followMailedLink(Page page, String email, String screenshotPrefix) {
    await().atMost(Duration.ofSeconds(15)).until(() -> !mailbox.mailsTo(email).isEmpty());
    page.navigate(BASE + "/dev/mailbox");
    var mail =
        page.locator(".mail")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("To " + email))
            .first();
    mail.waitFor();
    if (screenshotPrefix != null) {
      screenshot(page, screenshotPrefix + "-2-mailbox");
    }
    mail.locator(".mail-link").first().click();
    page.waitForURL("**/login/ott?token=**");
    page.locator("#sign-in").click();
    // Signing in redirects through "/" to the person's landing page: wait for that page, so the
    // next click does not land on a page that is being replaced.
    page.waitForURL(url -> url.contains("/staff") || url.contains("/portal"));
    waitForVaadin(page);
  }

  /** Signs in quickly: a link from the mailbox, opened directly. */
  protected void signIn(Page page, String email) {
    page.navigate(mailedSignInLink(email, BASE));
    page.locator("#sign-in").click();
    // Signing in redirects through "/" to the person's landing page: wait for that page, so the
    // next click does not land on a page that is being replaced.
    page.waitForURL(url -> url.contains("/staff") || url.contains("/portal"));
    waitForVaadin(page);
  }

  /**
   * Waits until the page's Vaadin client has started and has no request to the server in flight, as
   * a user's next click would otherwise be lost while the client is still replacing the page (the
   * wait TestBench does before every command).
   */
  protected static void waitForVaadin(Page page) {
    page.waitForLoadState();
    page.waitForFunction(
        "() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return !!c && Object.keys(c).length > 0"
            + " && Object.values(c).every(client => !client.isActive()); }");
  }

  /**
   * What a user at this window width notices first: the page does not scroll sideways, and "Sign
   * out" is on screen.
   */
  protected static void assertFitsTheWindow(Page page) {
    page.waitForLoadState();
    Number overflow =
        (Number)
            page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
    org.assertj.core.api.Assertions.assertThat(overflow.intValue())
        .as("pixels of sideways scrolling at %s", page.viewportSize().width)
        .isLessThanOrEqualTo(0);
    com.microsoft.playwright.Locator signOut =
        page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign out"));
    if (signOut.count() > 0) {
      var box = signOut.first().boundingBox();
      org.assertj.core.api.Assertions.assertThat(box.x + box.width)
          .as("Sign out is on screen")
          .isLessThanOrEqualTo(page.viewportSize().width);
    }
  }

  /**
   * Asks for a sign-in link for {@code email} and returns the new one from the dev mailbox; it must
   * start with {@code origin} (the base URL, or a workspace's verified domain). Other mails (a
   * review, a reminder) may arrive meanwhile: only a new sign-in mail counts.
   */
  protected String mailedSignInLink(String email, String origin) {
    long before = mailbox.mails().stream().mapToLong(CapturedMail::number).max().orElse(0);
    magicLinks.request(email, "127.0.0." + (Math.abs(email.hashCode()) % 250));
    Pattern link = Pattern.compile(Pattern.quote(origin) + "/login/ott\\?token=[A-Za-z0-9_-]+");
    String text =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    mailbox.mailsTo(email).stream()
                        .filter(m -> m.number() > before)
                        .map(m -> m.mail().text())
                        .filter(body -> link.matcher(body).find())
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    Matcher found = link.matcher(text);
    found.find();
    return found.group();
  }

  protected static void screenshot(Page page, String name) {
    page.waitForLoadState();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private static MockOAuth2Server startGoogle() {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "oidc-provider-shutdown"));
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
