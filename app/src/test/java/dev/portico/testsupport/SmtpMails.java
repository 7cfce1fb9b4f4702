package dev.portico.testsupport;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;

/** What a GreenMail server received, as tests ask about it: by recipient and subject. */
public final class SmtpMails {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private SmtpMails() {}

  /** The first mail to {@code to} whose subject starts so; waits up to 30 s for it. */
  public static MimeMessage awaitMail(GreenMailExtension smtp, String to, String subjectStart) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> sentTo(m, to, subjectStart))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }

  public static long count(GreenMailExtension smtp, String to, String subjectStart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> sentTo(m, to, subjectStart))
        .count();
  }

  public static boolean sentTo(MimeMessage m, String to, String subjectStart) {
    try {
      return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
          && m.getSubject().startsWith(subjectStart);
    } catch (Exception e) {
      return false;
    }
  }

  /** The plain-text part, with the line ends as written. */
  public static String text(MimeMessage m) throws Exception {
    return part(m, "text/plain").replace("\r\n", "\n");
  }

  public static String html(MimeMessage m) throws Exception {
    return part(m, "text/html");
  }

  private static String part(MimeMessage m, String type) throws Exception {
    Object content = m.getContent();
    if (content instanceof String s) {
      return m.isMimeType(type) ? s : "";
    }
    return find((Multipart) content, type);
  }

  private static String find(Multipart multipart, String type) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart nested) {
        String found = find(nested, type);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }
}
