package dev.portico.shared.mail;

import java.util.List;
import java.util.Objects;

/**
 * One outgoing message.
 *
 * @param html optional HTML alternative; the text part is always sent
 * @param attachments files sent with it (e.g. an invoice PDF); none for most mails
 */
public record Mail(
    String to, String subject, String text, String html, List<Attachment> attachments) {

  /** A file sent with a mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(content, "content");
    }
  }

  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Mail(String to, String subject, String text, String html) {
    this(to, subject, text, html, List.of());
  }
}
