package dev.portico.identity;

import dev.portico.identity.HashedOneTimeTokenService.IssuedToken;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.ValidationException;
import dev.portico.shared.mail.Html;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.Mailer;
import dev.portico.shared.security.Role;
import dev.portico.workspace.PortalLinks;
import jakarta.annotation.PreDestroy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends sign-in links. The answer never says whether an email is known: unknown, revoked and
 * rate-limited addresses simply get no mail (the limits live in {@link HashedOneTimeTokenService},
 * which every path that issues a link goes through). Links are built from {@code portico.base-url}
 * (a client's from their workspace's verified custom domain, {@link PortalLinks}), never from the
 * request's Host header.
 */
@Service
public class MagicLinks {

  public static final String LOGIN_PATH = "/login/ott";
  private static final Logger log = LoggerFactory.getLogger(MagicLinks.class);

  private final HashedOneTimeTokenService tokens;
  private final Accounts accounts;
  private final Mailer mailer;
  private final PorticoProperties properties;
  private final PortalLinks links;

  /** One sender thread: links go out in the order they were asked for. */
  private final ExecutorService mailQueue =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("sign-in-mail").factory());

  MagicLinks(
      HashedOneTimeTokenService tokens,
      Accounts accounts,
      Mailer mailer,
      PorticoProperties properties,
      PortalLinks links) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.mailer = mailer;
    this.properties = properties;
    this.links = links;
  }

  /**
   * Mails a sign-in link to {@code email} if it may sign in.
   *
   * @param remoteAddress the requester's address, for rate limiting
   * @throws ValidationException when the email is not well-formed
   */
  public void request(String email, String remoteAddress) {
    if (!Emails.isWellFormed(email)) {
      throw new ValidationException("Enter a valid email address, like name@company.com.");
    }
    send(
        tokens.generate(
            new SignInLinkRequest(email, HashedOneTimeTokenService.MAX_TTL, remoteAddress)));
  }

  /**
   * Mails the link of a token that was stored, off the request thread, so known and unknown emails
   * answer equally fast; does nothing for a token that was not stored.
   */
  public void send(IssuedToken token) {
    mailQueue.execute(() -> deliverQuietly(token));
  }

  private void deliverQuietly(IssuedToken token) {
    try {
      deliver(token);
    } catch (RuntimeException e) {
      log.error("Sign-in link mail could not be sent", e);
    }
  }

  @PreDestroy
  void stopMailQueue() {
    mailQueue.shutdown();
  }

  /** Mails the link of a token that was stored; does nothing for one that was not. */
  public void deliver(IssuedToken token) {
    if (!token.deliverable()) {
      return;
    }
    String link = linkFor(token.getUsername(), token.getTokenValue());
    String agency = accounts.workspaceNameOf(token.getUsername()).orElse("Portico");
    String text =
        """
        Hello,

        Use this link to sign in to %s. It works once and expires in 15 minutes:

        %s

        If you did not ask for it, ignore this mail: nobody can sign in without the link.
        """
            .formatted(agency, link);
    String html =
        """
        <p>Hello,</p>
        <p>Use this link to sign in to <strong>%s</strong>. It works once and expires in 15 minutes.</p>
        <p><a href="%s">Sign in to %s</a></p>
        <p style="color:#666">If you did not ask for it, ignore this mail: nobody can sign in without the link.</p>
        """
            .formatted(Html.escape(agency), link, Html.escape(agency));
    mailer.send(new Mail(token.getUsername(), "Your sign-in link for " + agency, text, html));
  }

  /** A client's link leads to their workspace's portal address; staff sign in at the base URL. */
  public String linkFor(String email, String tokenValue) {
    String path = LOGIN_PATH + "?token=" + URLEncoder.encode(tokenValue, StandardCharsets.UTF_8);
    return accounts
        .findByEmail(email)
        .filter(a -> a.getRole() == Role.CLIENT)
        .map(a -> links.toPortal(a.getWorkspaceId(), path))
        .orElseGet(() -> properties.link(path));
  }
}
