package dev.portico.project.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.portico.project.PortalProjects.PortalReply;
import dev.portico.shared.ui.Formats;
import java.util.List;

/**
 * A thread of Replies as the client reads it: who, when, and the text exactly as written (plain
 * text, line breaks kept; never HTML).
 */
public final class Replies extends Div {

  public Replies(List<PortalReply> replies, String whenEmpty) {
    addClassName("conversation");
    for (PortalReply r : replies) {
      Span who = new Span(r.authorName() + " · " + Formats.dateTime(r.createdAt()));
      who.addClassName("comment-meta");
      Paragraph text = new Paragraph(r.body());
      text.addClassName("plain-text");
      Div reply = new Div(who, text);
      reply.addClassNames("comment", r.fromAgency() ? "from-agency" : "from-client");
      add(reply);
    }
    if (replies.isEmpty() && whenEmpty != null) {
      Paragraph empty = new Paragraph(whenEmpty);
      empty.addClassName("empty");
      add(empty);
    }
  }
}
