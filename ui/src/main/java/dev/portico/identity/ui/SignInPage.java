package dev.portico.identity.ui;

import dev.portico.identity.MagicLinks;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.CurrentUser;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign in without a password: enter your email, get a one-time link. The answer is the same whether
 * or not the email is known. Google sign-in when configured. On a workspace's verified custom
 * domain the page wears that workspace's branding (decision 022); the host changes nothing else.
 *
 * <p>A plain page, not a Vaadin view: an anonymous visit keeps no HTTP session (decision 027). The
 * form posts to {@link #SEND_PATH} with a CSRF token kept in a cookie, and is answered with a
 * redirect to {@code /login?sent} (or the page again with the error next to the field).
 */
@Controller
public class SignInPage {

  public static final String PATH = "/login";

  /** Where the form posts: not {@code /login}, which Spring Security's form login owns. */
  public static final String SEND_PATH = "/login/link";

  /** The notices, by query parameter; the first one present is shown. */
  private static final List<Map.Entry<String, String>> NOTICES =
      List.of(
          Map.entry(
              "link-invalid",
              "That sign-in link is invalid, already used or expired. Ask for a new one below."),
          Map.entry(
              "ended",
              "Your access has ended. If you think this is a mistake, contact your agency."),
          Map.entry(
              "google-refused",
              "That Google account has no access here. Use the email your agency invited, or ask"
                  + " for a link below."),
          Map.entry(
              "form-expired", "The sign-in form had expired. Enter your email again, please."),
          Map.entry(
              "sent", "If that email has access, a sign-in link is on its way. Check your inbox."));

  /** The database takes only #rrggbb; anything else is not written into the page. */
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>Sign in</title>
        <link rel="stylesheet" href="/styles/sign-in.css">
      </head>
      <body class="login-view"%s>
        <main class="login-card"%s>
          %s<h1>Sign in</h1>
          <p>No password needed: we email you a link that signs you in.</p>
          %s%s%s
        </main>
      </body>
      </html>
      """;

  private static final String FORM =
      """
      <form class="login-form" method="post" action="%s" novalidate>
            <div class="field%s">
              <label for="email">Work email<span class="required" aria-hidden="true">•</span></label>
              <input id="email" name="email" type="email" autocomplete="email" required
                     placeholder="you@company.com" value="%s"%s>
              %s
            </div>
            <input type="hidden" name="%s" value="%s">
            <button type="submit" class="primary">Email me a sign-in link</button>
          </form>""";

  private final MagicLinks magicLinks;
  private final CurrentUser currentUser;
  private final PortalLinks links;
  private final ObjectProvider<ClientRegistrationRepository> oidc;

  SignInPage(
      MagicLinks magicLinks,
      CurrentUser currentUser,
      PortalLinks links,
      ObjectProvider<ClientRegistrationRepository> oidc) {
    this.magicLinks = magicLinks;
    this.currentUser = currentUser;
    this.links = links;
    this.oidc = oidc;
  }

  @GetMapping(PATH)
  ResponseEntity<String> page(HttpServletRequest request, CsrfToken csrf) {
    if (currentUser.get().isPresent()) {
      // Signed in already: the start page sends staff to the console, clients to their portal.
      return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/")).build();
    }
    String notice =
        NOTICES.stream()
            .map(Map.Entry::getKey)
            .filter(key -> request.getParameter(key) != null)
            .findFirst()
            .orElse(null);
    return page(HttpStatus.OK, request, csrf, notice, "", null);
  }

  /**
   * Asks for a link (the same answer for every well-formed email: unknown, revoked and rate-limited
   * addresses simply get no mail) and redirects, so a reload does not ask again.
   */
  @PostMapping(SEND_PATH)
  ResponseEntity<String> send(
      @RequestParam(name = "email", required = false) String email,
      HttpServletRequest request,
      CsrfToken csrf) {
    String typed = email == null ? "" : email;
    try {
      magicLinks.request(typed, request.getRemoteAddr());
    } catch (ValidationException e) {
      return page(HttpStatus.UNPROCESSABLE_CONTENT, request, csrf, null, typed, e.getMessage());
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(PATH + "?sent")).build();
  }

  private ResponseEntity<String> page(
      HttpStatus status,
      HttpServletRequest request,
      CsrfToken csrf,
      String notice,
      String typed,
      String error) {
    Branding brand = links.brandingOfHost(request.getServerName()).orElse(null);
    String accent =
        brand != null && brand.accentColor() != null && COLOR.matcher(brand.accentColor()).matches()
            ? brand.accentColor()
            : null;
    String body =
        PAGE.formatted(
            accent == null
                ? ""
                : " style=\"--accent: %s; --accent-text: %s\"".formatted(accent, accent),
            accent == null ? "" : " style=\"border-top: 4px solid %s\"".formatted(accent),
            brand == null ? "" : brand(brand),
            notice == null ? "" : notice(notice),
            "sent".equals(notice)
                ? "<p><a href=\"%s\">Use another email</a></p>".formatted(PATH)
                : form(csrf, typed, error),
            google());
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        // The page holds a CSRF token: never from a cache.
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private static String notice(String key) {
    String text =
        NOTICES.stream()
            .filter(n -> n.getKey().equals(key))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow();
    return "<p class=\"notice\" role=\"status\" data-notice=\"%s\">%s</p>\n    "
        .formatted(key, HtmlUtils.htmlEscape(text));
  }

  private static String form(CsrfToken csrf, String typed, String error) {
    return FORM.formatted(
        SEND_PATH,
        error == null ? "" : " invalid",
        HtmlUtils.htmlEscape(typed),
        error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"email-error\" autofocus",
        error == null
            ? ""
            : "<p class=\"error\" id=\"email-error\">" + HtmlUtils.htmlEscape(error) + "</p>",
        HtmlUtils.htmlEscape(csrf.getParameterName()),
        HtmlUtils.htmlEscape(csrf.getToken()));
  }

  private String google() {
    return oidc.getIfAvailable() == null
        ? ""
        : "\n    <a class=\"google-button\" href=\"/oauth2/authorization/google\">Sign in with"
            + " Google</a>";
  }

  /** The agency's logo and name on top. */
  private static String brand(Branding brand) {
    String logo =
        brand.logoUrl() == null
            ? ""
            : "<img src=\"" + HtmlUtils.htmlEscape(brand.logoUrl()) + "\" alt=\"\">";
    return "<div class=\"login-brand\">%s<span>%s</span></div>\n    "
        .formatted(logo, HtmlUtils.htmlEscape(brand.agencyName()));
  }
}
