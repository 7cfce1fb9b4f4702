package dev.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.Mail.Attachment;
import dev.portico.testsupport.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dev mailbox shows what a recipient gets, attached files included. */
class DevMailboxAttachmentTest extends BrowserTest {

  @Test
  void aMailsAttachmentIsListedAndDownloadsAsTheSameBytes() throws IOException {
    String to = "attachments-" + UUID.randomUUID() + "@example.test";
    byte[] pdf = "%PDF-1.7 not really a pdf".getBytes(StandardCharsets.US_ASCII);
    mailbox.send(
        new Mail(
            to,
            "Invoice INV-7 from the dev mailbox test",
            "See the attached invoice.",
            null,
            List.of(new Attachment("INV-7.pdf", "application/pdf", pdf))));
    long number = mailbox.mailsTo(to).getFirst().number();

    Page page = newBrowser();
    page.navigate(BASE + "/dev/mailbox");
    var link = page.locator(".mail-attachment", new Page.LocatorOptions().setHasText("INV-7.pdf"));
    assertThat(link.textContent()).isEqualTo("Attachment: INV-7.pdf (25 bytes)");
    Download download = page.waitForDownload(link::click);
    assertThat(download.suggestedFilename()).isEqualTo("INV-7.pdf");
    assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

    APIResponse served = page.request().get(BASE + "/dev/mailbox/" + number + "/attachments/0");
    assertThat(served.headers())
        .containsEntry("x-content-type-options", "nosniff")
        .containsEntry("content-type", "application/octet-stream");
    assertThat(served.headers().get("content-disposition")).startsWith("attachment");
    for (String missing :
        List.of(
            number + "/attachments/1",
            "999999/attachments/0",
            "x/attachments/0",
            number + "/attachments/-1")) {
      assertThat(page.request().get(BASE + "/dev/mailbox/" + missing).status())
          .as(missing)
          .isEqualTo(404);
    }
  }
}
