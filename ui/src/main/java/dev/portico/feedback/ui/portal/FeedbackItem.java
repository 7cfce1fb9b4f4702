package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.feedback.ClientFeedback.AttachedFile;
import dev.portico.feedback.ClientFeedback.MyFeedback;
import dev.portico.feedback.FeedbackState;
import dev.portico.project.ui.portal.PortalProjectView;
import dev.portico.project.ui.portal.Replies;
import dev.portico.shared.ui.Formats;

/**
 * One feedback the client sent: what about, when, where it stands, the message exactly as written,
 * its files, and the agency's answers.
 */
class FeedbackItem extends Div {

  FeedbackItem(MyFeedback f) {
    addClassName("feedback-item");
    Component about =
        f.projectId() == null || f.projectName() == null
            ? new Span("General")
            : new RouterLink(
                f.projectName(),
                PortalProjectView.class,
                new RouteParameters("projectId", f.projectId().toString()));
    H3 title = new H3(about);
    Span sent = new Span("Sent " + Formats.dateTime(f.sentAt()));
    sent.addClassName("sent-at");
    Div head = new Div(title, state(f.state()), sent);
    head.addClassName("feedback-head");
    Paragraph body = new Paragraph(f.body());
    body.addClassNames("plain-text", "feedback-body");
    add(head, body);

    if (!f.attachments().isEmpty()) {
      UnorderedList files = new UnorderedList();
      files.addClassName("feedback-files");
      f.attachments().forEach(file -> files.add(new ListItem(link(file))));
      add(files);
    }

    if (f.answers().isEmpty()) {
      Paragraph waiting =
          new Paragraph(
              f.state() == FeedbackState.ANSWERED
                  ? "Handled by the team."
                  : "No answer yet. We'll email you when there is one.");
      waiting.addClassName("no-answer");
      add(waiting);
    } else {
      Span heading = new Span(f.answers().size() == 1 ? "Answer" : "Answers");
      heading.addClassName("answers-heading");
      add(heading, new Replies(f.answers(), null));
    }
  }

  static Badge state(FeedbackState state) {
    Badge badge =
        new Badge(
            switch (state) {
              case RECEIVED -> "Received";
              case IN_PROGRESS -> "In progress";
              case ANSWERED -> "Answered";
            });
    badge.addClassName("feedback-state");
    badge.addThemeVariants(
        switch (state) {
          case RECEIVED -> BadgeVariant.CONTRAST;
          case IN_PROGRESS -> BadgeVariant.WARNING;
          case ANSWERED -> BadgeVariant.SUCCESS;
        });
    return badge;
  }

  private static Anchor link(AttachedFile file) {
    Anchor link =
        new Anchor(
            "/files/feedback/" + file.id(),
            file.fileName() + " (" + Formats.size(file.size()) + ")",
            AnchorTarget.BLANK);
    link.getElement().setAttribute("router-ignore", true); // a file, not a view
    link.getElement().setAttribute("rel", "noopener");
    link.addClassName("download-link");
    return link;
  }
}
