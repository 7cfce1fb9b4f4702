package dev.portico.base.ui;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Standing;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Role;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspaceSettings;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What a signed-in client sees while the agency has switched the portal off: the agency's name,
 * logo and support email, and a way to sign out. A plain page, not a Vaadin view, because the
 * session filter lets nothing else through for such a client. Once the portal is on again (or for
 * staff) it leads back to the app.
 */
@Controller
class PortalUnavailablePage {

  static final String PATH = "/portal-unavailable";

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Portal unavailable</title>
        <style>
          body { font-family: system-ui, sans-serif; background: #f5f5f7; margin: 0;
                 display: grid; place-items: center; min-height: 100vh; color: #1d1d1f; }
          main { background: white; padding: 2rem; border-radius: 12px; max-width: 26rem;
                 margin: 1rem; box-shadow: 0 4px 24px rgba(0,0,0,.08); text-align: center;
                 border-top: 4px solid %s; box-sizing: border-box; }
          .brand { font-weight: 700; font-size: 1.1rem; margin-bottom: 1rem; overflow-wrap: anywhere; }
          .brand img { max-height: 48px; max-width: 12rem; display: block; margin: 0 auto .5rem; }
          p { color: #555; overflow-wrap: anywhere; }
          button { font: inherit; background: none; border: 0; color: #555;
                   text-decoration: underline; cursor: pointer; }
        </style>
      </head>
      <body>
        <main>
          <div class="brand">%s%s</div>
          <h1>Portal unavailable</h1>
          <p>%s has switched off its client portal for now. Your account is kept: once the portal is back, reload this page to carry on.</p>
          %s
          <form method="post" action="/logout">
            <input type="hidden" name="%s" value="%s">
            <button type="submit">Sign out</button>
          </form>
        </main>
      </body>
      </html>
      """;

  private final AccountAccess access;
  private final CurrentUser currentUser;
  private final WorkspaceSettings workspace;

  PortalUnavailablePage(
      AccountAccess access, CurrentUser currentUser, WorkspaceSettings workspace) {
    this.access = access;
    this.currentUser = currentUser;
    this.workspace = workspace;
  }

  @GetMapping(PATH)
  ResponseEntity<String> page(CsrfToken csrf) {
    SessionUser me = currentUser.require();
    if (access.standing(me.accountId()) != Standing.PORTAL_OFF) {
      return ResponseEntity.status(303)
          .location(URI.create(me.role() == Role.CLIENT ? "/portal" : "/"))
          .build();
    }
    Branding brand = workspace.branding();
    String name = HtmlUtils.htmlEscape(brand.agencyName());
    String logo =
        brand.logoUrl() == null
            ? ""
            : "<img src=\"" + HtmlUtils.htmlEscape(brand.logoUrl()) + "\" alt=\"\">";
    String support =
        brand.supportEmail() == null
            ? ""
            : "<p>Questions? Write to <a href=\"mailto:%1$s\">%1$s</a>.</p>"
                .formatted(HtmlUtils.htmlEscape(brand.supportEmail()));
    String accent = brand.accentColor() == null ? "#1a73e8" : brand.accentColor();
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noStore())
        .body(
            PAGE.formatted(
                accent,
                logo,
                name,
                name,
                support,
                HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken())));
  }
}
