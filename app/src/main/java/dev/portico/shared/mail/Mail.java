package dev.portico.shared.mail;

import java.util.Objects;

/**
 * One outgoing message.
 *
 * @param html optional HTML alternative; the text part is always sent
 */
public record Mail(String to, String subject, String text, String html) {

  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }
}
