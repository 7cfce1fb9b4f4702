package dev.portico.dockerit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.awaitility.Awaitility;

/** Mails that reached the test's SMTP server (GreenMail). */
record Mails(GreenMailExtension smtp) {

  /** Waits for a mail to {@code to} whose subject starts with {@code subjectStart}. */
  MimeMessage await(String to, String subjectStart, Duration atMost) {
    return Awaitility.await().atMost(atMost).until(() -> last(to, subjectStart), m -> m != null);
  }

  /** How many mails to {@code to} with a subject starting {@code subjectStart} arrived. */
  long count(String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, to, subjectStart))
        .count();
  }

  /** The body with quoted-printable soft breaks undone, so links can be matched. */
  static String body(MimeMessage mail) {
    return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
  }

  private MimeMessage last(String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, to, subjectStart))
        .reduce((a, b) -> b)
        .orElse(null);
  }

  private static boolean sentTo(MimeMessage m, String to, String subjectStart) {
    try {
      return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
          && m.getSubject().startsWith(subjectStart);
    } catch (MessagingException e) {
      return false;
    }
  }
}
