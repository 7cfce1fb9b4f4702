package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.feedback.ClientFeedback;
import dev.portico.project.PortalProjects.PortalProject;
import dev.portico.project.ui.portal.PortalProjectSection;
import dev.portico.shared.ui.Actions;
import java.util.Map;
import org.springframework.core.annotation.Order;

/** "Feedback for the team" on a project's portal page: it becomes a task for the project lead. */
@org.springframework.stereotype.Component
@Order(100)
class FeedbackSection implements PortalProjectSection {

  private final ClientFeedback feedback;

  FeedbackSection(ClientFeedback feedback) {
    this.feedback = feedback;
  }

  @Override
  public com.vaadin.flow.component.Component create(PortalProject project) {
    TextArea text = new TextArea();
    text.setPlaceholder("Anything we should change or know? Your project lead gets it as a task.");
    text.setAriaLabel("Feedback");
    text.setWidthFull();
    Button send =
        new Button(
            "Send feedback",
            e -> {
              if (Actions.run(
                  () -> feedback.send(project.id(), text.getValue(), null), Map.of("body", text))) {
                text.clear();
                Actions.success(
                    "Thanks! Your feedback is with "
                        + (project.leadName() == null ? "the team" : project.leadName())
                        + ".");
              }
            });
    send.addThemeVariants(ButtonVariant.PRIMARY);
    Div section = new Div(new H2("Feedback for the team"), text, send);
    section.addClassName("feedback-section");
    return section;
  }
}
