package dev.portico.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.mail.DevMailbox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The embedded default's mailbox: every mail Portico "sent", newest first, with its links
 * clickable. Exists only with {@code portico.mail.mode=capture}; with SMTP it is "not found".
 */
@Route("dev/mailbox")
@PageTitle("Dev mailbox")
@AnonymousAllowed
public class DevMailboxView extends Div implements BeforeEnterObserver {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final ObjectProvider<DevMailbox> mailbox;

  public DevMailboxView(ObjectProvider<DevMailbox> mailbox) {
    this.mailbox = mailbox;
    addClassName("dev-mailbox");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    DevMailbox box = mailbox.getIfAvailable();
    if (box == null) {
      throw new NotFoundException("Mailbox");
    }
    removeAll();
    add(
        new H1("Dev mailbox"),
        new Paragraph(
            "Mails are captured here instead of being sent (embedded default). Newest first."));
    if (box.mails().isEmpty()) {
      add(new Paragraph("No mail yet. Ask for a sign-in link on the login page."));
    }
    for (CapturedMail captured : box.mails()) {
      Div mail = new Div();
      mail.addClassName("mail");
      mail.add(new H3(captured.mail().subject()));
      mail.add(new Span("To " + captured.mail().to() + " · " + TIME.format(captured.sentAt())));
      if (captured.mail().html() != null) {
        // The HTML part as the recipient sees it; sandboxed: no scripts, no navigation.
        IFrame html = new IFrame();
        html.getElement().setAttribute("srcdoc", captured.mail().html());
        html.getElement().setAttribute("sandbox", "");
        html.setTitle("HTML version of " + captured.mail().subject());
        html.addClassName("mail-html");
        mail.add(html);
      }
      mail.add(new Pre(captured.mail().text()));
      var attachments = captured.mail().attachments();
      for (int i = 0; i < attachments.size(); i++) {
        var file = attachments.get(i);
        Anchor download =
            new Anchor(
                DevMailboxAttachmentController.link(captured.number(), i),
                "Attachment: %s (%s)".formatted(file.fileName(), size(file.content().length)));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", file.fileName());
        download.addClassName("mail-attachment");
        mail.add(download);
      }
      Matcher links = LINK.matcher(captured.mail().text());
      while (links.find()) {
        Anchor link = new Anchor(links.group(), "Open link: " + links.group());
        link.setRouterIgnore(true);
        link.addClassName("mail-link");
        mail.add(link);
      }
      add(mail);
    }
  }

  private static String size(int bytes) {
    return bytes < 1024 ? bytes + " bytes" : "%.1f KB".formatted(bytes / 1024.0);
  }
}
