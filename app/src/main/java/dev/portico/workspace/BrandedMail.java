package dev.portico.workspace;

import dev.portico.shared.mail.Html;
import dev.portico.shared.mail.Mail;
import java.util.List;

/**
 * A mail to a client in the agency's branding (logo or name, accent colour, support email): an HTML
 * part and the same words as plain text, with at most one button.
 */
public final class BrandedMail {

  private static final String DEFAULT_ACCENT = "#1a73e8";

  private BrandedMail() {}

  /**
   * @param paragraphs plain text, one paragraph each (escaped for the HTML part)
   * @param link where the button leads; null for no button
   */
  public static Mail toClient(
      String email,
      String name,
      Branding brand,
      String subject,
      List<String> paragraphs,
      String link,
      String button,
      List<Mail.Attachment> attachments) {
    StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n");
    paragraphs.forEach(p -> text.append(p).append("\n\n"));
    if (link != null) {
      text.append(button).append(" in your portal:\n").append(link).append("\n");
    }
    if (brand.supportEmail() != null) {
      text.append("\nQuestions? Write to ").append(brand.supportEmail()).append("\n");
    }
    return new Mail(
        email,
        subject,
        text.toString(),
        html(brand, "Hello " + name + ",", paragraphs, link, button, null),
        attachments);
  }

  /**
   * The HTML part alone: logo or name, greeting, paragraphs, an optional button and a muted note
   * under it, the support email.
   *
   * @param link where the button leads; null for no button
   * @param note a muted line under the button (e.g. how long a link works); null for none
   */
  public static String html(
      Branding brand,
      String greeting,
      List<String> paragraphs,
      String link,
      String button,
      String note) {
    String accent = brand.accentColor() == null ? DEFAULT_ACCENT : brand.accentColor();
    String logo =
        brand.logoUrl() == null
            ? "<strong style=\"font-size:20px\">" + Html.escape(brand.agencyName()) + "</strong>"
            : "<img src=\""
                + Html.escape(brand.logoUrl())
                + "\" alt=\""
                + Html.escape(brand.agencyName())
                + "\" style=\"max-height:48px\">";
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(
        p ->
            body.append("<p style=\"white-space:pre-line\">")
                .append(Html.escape(p))
                .append("</p>\n"));
    String action =
        link == null
            ? ""
            : "<p><a href=\"%s\" style=\"background:%s;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block\">%s</a></p>"
                .formatted(Html.escape(link), accent, Html.escape(button));
    String muted = note == null ? "" : "<p style=\"color:#666\">" + Html.escape(note) + "</p>";
    String support =
        brand.supportEmail() == null
            ? ""
            : "<p style=\"color:#666\">Questions? <a href=\"mailto:"
                + Html.escape(brand.supportEmail())
                + "\">"
                + Html.escape(brand.supportEmail())
                + "</a></p>";
    return """
        <div style="font-family:sans-serif;max-width:560px;margin:auto;border-top:4px solid %s;padding:24px">
          <p>%s</p>
          <p>%s</p>
          %s
          %s
          %s
          %s
        </div>
        """
        .formatted(accent, logo, Html.escape(greeting), body, action, muted, support);
  }
}
