package dev.portico.identity;

import dev.portico.shared.mail.Mail;
import dev.portico.workspace.BrandedMail;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The invitation mails, in the agency's branding: logo, accent colour, welcome, support email. */
@Component
class InvitationMails {

  private final PortalLinks links;

  InvitationMails(PortalLinks links) {
    this.links = links;
  }

  Mail welcome(Account contact, Branding brand, String token, Instant linkExpiresAt) {
    String link = link(contact, token);
    String intro =
        brand.welcomeMessage() == null
            ? brand.agencyName() + " invites you to your project portal."
            : brand.welcomeMessage();
    String text =
        """
        Hello %s,

        %s

        Open your portal (no password needed; the link works once, until %s):
        %s
        %s"""
            .formatted(contact.getName(), intro, date(brand, linkExpiresAt), link, support(brand));
    return new Mail(
        contact.getEmail(),
        "Your project portal with " + brand.agencyName(),
        text,
        html(
            brand,
            "Hello " + contact.getName() + ",",
            intro,
            link,
            "Open your portal",
            "No password needed. The link works once, until " + date(brand, linkExpiresAt) + "."));
  }

  Mail reminder(Account contact, Branding brand, String token, Instant linkExpiresAt) {
    String link = link(contact, token);
    String text =
        """
        Hello %s,

        A reminder: %s invited you to your project portal. Your invitation is open until %s.

        %s
        %s"""
            .formatted(
                contact.getName(),
                brand.agencyName(),
                date(brand, linkExpiresAt),
                link,
                support(brand));
    return new Mail(
        contact.getEmail(),
        "Reminder: your project portal with " + brand.agencyName(),
        text,
        html(
            brand,
            "Hello " + contact.getName() + ",",
            "A reminder: " + brand.agencyName() + " invited you to your project portal.",
            link,
            "Open your portal",
            "Your invitation is open until " + date(brand, linkExpiresAt) + "."));
  }

  Mail accessEndedForClient(Account contact, Branding brand) {
    String text =
        """
        Hello %s,

        Your access to the %s project portal has ended as agreed.
        %s"""
            .formatted(contact.getName(), brand.agencyName(), support(brand));
    return new Mail(
        contact.getEmail(),
        "Your portal access with " + brand.agencyName() + " has ended",
        text,
        null);
  }

  Mail accessEndedForLead(String leadEmail, Account contact, Branding brand) {
    String text =
        """
        Portal access of %s (%s) ended today, at the access expiry date set when they were invited.
        Invite them again from the client's page if they still need it.
        """
            .formatted(contact.getName(), contact.getEmail());
    return new Mail(leadEmail, "Portal access ended: " + contact.getName(), text, null);
  }

  /** The contact's workspace's portal address: its verified custom domain, else the base URL. */
  private String link(Account contact, String token) {
    return links.toPortal(
        contact.getWorkspaceId(),
        "/login/ott?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  private static String support(Branding brand) {
    return brand.supportEmail() == null
        ? ""
        : "\nQuestions? Write to " + brand.supportEmail() + "\n";
  }

  private static String html(
      Branding brand, String greeting, String body, String link, String button, String note) {
    return BrandedMail.html(brand, greeting, List.of(body), link, button, note);
  }

  private static String date(Branding brand, Instant at) {
    return brand.dateStyle().longDate(at.atZone(ZoneId.systemDefault()).toLocalDate());
  }
}
