package dev.portico.shared.mail;

import dev.portico.shared.PorticoProperties;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Production mail over SMTP ({@code spring.mail.*}). */
public class SmtpMailer implements Mailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  private final JavaMailSender sender;
  private final PorticoProperties properties;

  public SmtpMailer(JavaMailSender sender, PorticoProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  public void send(Mail mail) {
    try {
      var message = sender.createMimeMessage();
      var helper =
          new MimeMessageHelper(
              message,
              mail.html() != null || !mail.attachments().isEmpty(),
              StandardCharsets.UTF_8.name());
      helper.setFrom(properties.mail().from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      if (mail.html() != null) {
        helper.setText(mail.text(), mail.html());
      } else {
        helper.setText(mail.text());
      }
      for (Mail.Attachment a : mail.attachments()) {
        helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
      }
      sender.send(message);
      log.info("Mail sent to {}: {}", mail.to(), mail.subject());
    } catch (MessagingException e) {
      throw new MailSendException("Could not build mail to " + mail.to(), e);
    }
  }
}
