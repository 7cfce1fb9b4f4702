package dev.portico.feedback;

import dev.portico.identity.AccountAccess.Contact;
import dev.portico.project.PortalProjects.PortalReply;
import dev.portico.project.Task;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.mail.Mail;
import dev.portico.workspace.BrandedMail;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspacePolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The feedback mails: to the assignee and the owner plain text with the client's full message and a
 * link to the staff console; to the client in the agency's branding, with the agency's Replies
 * only.
 */
@Component
class FeedbackMails {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  /** What the mails say about a feedback. */
  record Facts(
      UUID feedbackId,
      String body,
      Instant sentAt,
      String authorName,
      String clientName,
      String projectName,
      Branding branding) {

    String about() {
      return projectName == null ? "in general" : "about " + projectName;
    }
  }

  private final PorticoProperties properties;

  FeedbackMails(PorticoProperties properties) {
    this.properties = properties;
  }

  Mail toAssignee(String email, Facts f, Task item, ZoneId zone) {
    return new Mail(
        email,
        "Client feedback from " + f.authorName() + " (" + f.clientName() + ")",
        """
        %s of %s wrote %s:

        %s

        Please answer by %s. Answer and mark it handled in your inbox:
        %s
        """
            .formatted(
                f.authorName(),
                f.clientName(),
                f.about(),
                f.body(),
                when(item.getRespondBy(), zone),
                staffLink(item.getId())),
        null);
  }

  String escalationText(Facts f, Task item, ZoneId zone) {
    return """
        %s of %s wrote %s on %s and had no answer by %s.

        %s

        The feedback item: %s
        """
        .formatted(
            f.authorName(),
            f.clientName(),
            f.about(),
            when(f.sentAt(), zone),
            when(item.getRespondBy(), zone),
            f.body(),
            staffLink(item.getId()));
  }

  Mail escalation(String ownerEmail, Facts f, Task item, ZoneId zone) {
    return new Mail(
        ownerEmail,
        "Feedback waits for an answer: " + f.authorName() + " (" + f.clientName() + ")",
        escalationText(f, item, zone),
        null);
  }

  Mail answer(Contact to, Facts f, List<PortalReply> replies, WorkspacePolicy policy) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        "%s answered the feedback you sent %s:".formatted(f.branding().agencyName(), f.about()));
    for (PortalReply reply : replies) {
      if (reply.fromAgency()) {
        paragraphs.add(reply.authorName() + ": " + reply.body());
      }
    }
    paragraphs.add("You wrote: " + f.body());
    return BrandedMail.toClient(
        to.email(),
        to.name(),
        policy.branding(),
        "Your feedback was answered",
        paragraphs,
        to.portalAccess() ? policy.portalLink("/portal/feedback") : null,
        "See your feedback",
        List.of());
  }

  private String staffLink(UUID taskId) {
    return properties.link("/staff/tasks/" + taskId);
  }

  private static String when(Instant at, ZoneId zone) {
    String zoneName = zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    return at == null ? "soon" : WHEN.format(at.atZone(zone)) + " (" + zoneName + ")";
  }
}
