package dev.portico.identity.ui;

import dev.portico.identity.MagicLinks;
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
 * one-time-token login.
 */
@Controller
class MagicLinkLandingController {

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
          button { font: inherit; font-weight: 600; background: #1a73e8; color: white;
                   border: 0; border-radius: 8px; padding: .8rem 1.6rem; cursor: pointer; }
          p { color: #555; }
        </style>
      </head>
      <body>
        <main>
          <h1>Welcome back</h1>
          %s
        </main>
      </body>
      </html>
      """;

  @GetMapping(MagicLinks.LOGIN_PATH)
  ResponseEntity<String> landing(@RequestParam(required = false) String token, CsrfToken csrf) {
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
          <p>Press the button to sign in. The link works once.</p>
          <form method="post" action="%s">
            <input type="hidden" name="token" value="%s">
            <input type="hidden" name="%s" value="%s">
            <button type="submit" id="sign-in">Sign in</button>
          </form>
          """
              .formatted(
                  MagicLinks.LOGIN_PATH,
                  HtmlUtils.htmlEscape(token),
                  HtmlUtils.htmlEscape(csrf.getParameterName()),
                  HtmlUtils.htmlEscape(csrf.getToken()));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noStore())
        .body(PAGE.formatted(body));
  }
}
