package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.feedback.ClientFeedback;
import dev.portico.project.PortalProjects.PortalProject;
import dev.portico.project.ui.portal.PortalProjectSection;
import java.util.Map;
import org.springframework.core.annotation.Order;

/**
 * The way from a project's portal page to the Feedback tab, with the project chosen; only where the
 * plan has feedback.
 */
@org.springframework.stereotype.Component
@Order(100)
class FeedbackSection implements PortalProjectSection {

  private final ClientFeedback feedback;

  FeedbackSection(ClientFeedback feedback) {
    this.feedback = feedback;
  }

  @Override
  public boolean shown() {
    return feedback.available();
  }

  @Override
  public Component create(PortalProject project) {
    RouterLink link = new RouterLink("Send feedback about this project", PortalFeedbackView.class);
    link.setQueryParameters(QueryParameters.simple(Map.of("project", project.id().toString())));
    link.addClassName("send-feedback-link");
    Paragraph text =
        new Paragraph(
            new Span("Something we should change or know? "),
            link,
            new Span(
                ", with files if you like. The answer comes back on the Feedback tab and by"
                    + " email."));
    Div section = new Div(text);
    section.addClassName("feedback-section");
    return section;
  }
}
