package dev.portico.identity.ui;

import dev.portico.shared.mail.DevMailbox;
import dev.portico.shared.mail.Mail.Attachment;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The files attached to a mail in the dev mailbox (an invoice PDF, say), so the demo shows what the
 * recipient gets. Like the mailbox page it exists only with {@code portico.mail.mode=capture}.
 * Always a download, never rendered by the browser as this site's content.
 */
@Controller
class DevMailboxAttachmentController {

  static final String PATH = "/dev/mailbox/{mail}/attachments/{index}";

  private final ObjectProvider<DevMailbox> mailbox;

  DevMailboxAttachmentController(ObjectProvider<DevMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  static String link(long mail, int index) {
    return "/dev/mailbox/" + mail + "/attachments/" + index;
  }

  @GetMapping(PATH)
  ResponseEntity<byte[]> attachment(@PathVariable String mail, @PathVariable String index) {
    DevMailbox box = mailbox.getIfAvailable();
    Long number = parse(mail);
    Long position = parse(index);
    if (box == null || number == null || position == null) {
      return notFound();
    }
    return box.mail(number)
        .map(captured -> captured.mail().attachments())
        .filter(files -> position < files.size())
        .map(files -> download(files.get(position.intValue())))
        .orElseGet(DevMailboxAttachmentController::notFound);
  }

  private static ResponseEntity<byte[]> download(Attachment file) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .body(file.content());
  }

  private static ResponseEntity<byte[]> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body("Not found".getBytes(StandardCharsets.UTF_8));
  }

  private static Long parse(String number) {
    try {
      long value = Long.parseLong(number);
      return value < 0 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
