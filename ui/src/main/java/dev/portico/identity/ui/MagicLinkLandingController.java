package dev.portico.identity.ui;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.HashedOneTimeTokenService;
import dev.portico.identity.HashedOneTimeTokenService.LinkHolder;
import dev.portico.identity.MagicLinks;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspaceSettings;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * Where a magic link lands. Opening the link does not consume the token (mail scanners open links
 * too); the person confirms with one button, which posts the token to Spring Security's
 * one-time-token login. A valid link's page is in its agency's branding and greets an invited
 * contact ("Welcome") differently from a returning one ("Welcome back").
 */
@Controller
class MagicLinkLandingController {

  private static final String DEFAULT_ACCENT = "#1a73e8";

  private final HashedOneTimeTokenService tokens;
  private final AccountAccess accounts;
  private final WorkspaceSettings workspaces;

  MagicLinkLandingController(
      HashedOneTimeTokenService tokens, AccountAccess accounts, WorkspaceSettings workspaces) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.workspaces = workspaces;
  }

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>Sign in</title>
        <style>
          body { font-family: system-ui, sans-serif; background: #f5f5f7; margin: 0;
                 display: grid; place-items: center; min-height: 100vh; color: #1d1d1f; }
          main { background: white; padding: 2.5rem; border-radius: 12px; max-width: 26rem;
                 box-shadow: 0 4px 24px rgba(0,0,0,.08); text-align: center; }
          .brand { font-weight: 700; font-size: 1.1rem; margin-bottom: 1rem; }
          .brand img { max-height: 48px; max-width: 12rem; display: block; margin: 0 auto .5rem; }
          button { font: inherit; font-weight: 600; background: %s; color: white;
                   border: 0; border-radius: 8px; padding: .8rem 1.6rem; cursor: pointer; }
          p { color: #555; }
        </style>
      </head>
      <body>
        <main>
          %s
          <h1>%s</h1>
          %s
        </main>
      </body>
      </html>
      """;

  @GetMapping(MagicLinks.LOGIN_PATH)
  ResponseEntity<String> landing(@RequestParam(required = false) String token, CsrfToken csrf) {
    Optional<LinkHolder> holder = tokens.peek(token);
    Branding brand =
        holder
            .flatMap(h -> accounts.workspaceOfEmail(h.email()))
            .map(ws -> workspaces.policyOf(ws).branding())
            .orElse(null);
    boolean invited = holder.map(LinkHolder::invitation).orElse(false);
    String body;
    if (token == null || token.isBlank()) {
      body =
          """
          <p>This sign-in link is incomplete. Copy the whole link from the mail, or ask for a new one.</p>
          <p><a href="/login">Get a new sign-in link</a></p>
          """;
    } else {
      body =
          """
          <p>%s</p>
          <form method="post" action="%s">
            <input type="hidden" name="token" value="%s">
            <input type="hidden" name="%s" value="%s">
            <button type="submit" id="sign-in">Sign in</button>
          </form>
          """
              .formatted(
                  invited && brand != null
                      ? HtmlUtils.htmlEscape(brand.agencyName())
                          + " invites you to your project portal. Press the button to open it;"
                          + " no password needed."
                      : "Press the button to sign in. The link works once.",
                  MagicLinks.LOGIN_PATH,
                  HtmlUtils.htmlEscape(token),
                  HtmlUtils.htmlEscape(csrf.getParameterName()),
                  HtmlUtils.htmlEscape(csrf.getToken()));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noStore())
        .body(
            PAGE.formatted(
                accent(brand), brand(brand), invited ? "Welcome" : "Welcome back", body));
  }

  /** The agency's accent colour (the database only takes #rrggbb), else Portico's blue. */
  private static String accent(Branding brand) {
    return brand == null || brand.accentColor() == null ? DEFAULT_ACCENT : brand.accentColor();
  }

  private static String brand(Branding brand) {
    if (brand == null) {
      return "";
    }
    String name = HtmlUtils.htmlEscape(brand.agencyName());
    String logo =
        brand.logoUrl() == null
            ? ""
            : "<img src=\"" + HtmlUtils.htmlEscape(brand.logoUrl()) + "\" alt=\"\">";
    return "<div class=\"brand\">" + logo + name + "</div>";
  }
}
