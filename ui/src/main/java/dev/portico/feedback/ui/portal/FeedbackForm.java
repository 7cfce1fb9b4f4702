package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.ProjectChoice;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.CharacterCount;
import dev.portico.shared.ui.ViewingAs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writing feedback: what it is about (a project, or general), the message, files. A refusal keeps
 * everything typed and picked; success empties the message and the files and says who got it.
 */
class FeedbackForm extends Div {

  /** "General": feedback about no particular project. */
  static final ProjectChoice GENERAL = new ProjectChoice(null, "General");

  private final Select<ProjectChoice> about = new Select<>();
  private final TextArea message = new TextArea("Your message");
  private final AttachmentPicker files;
  private final Paragraph confirmation = new Paragraph();

  /**
   * @param recipient who gets feedback about a project (null: general), as the confirmation names
   *     them
   * @param onSent runs once feedback is sent
   */
  FeedbackForm(
      ClientFeedback feedback,
      UUID preselected,
      Function<UUID, String> recipient,
      Runnable onSent) {
    addClassName("feedback-form");
    confirmation.addClassNames("notice", "sent-confirmation");
    confirmation.getElement().setAttribute("role", "status");
    confirmation.setVisible(false);
    List<ProjectChoice> choices = new ArrayList<>();
    choices.add(GENERAL);
    choices.addAll(feedback.projects());
    about.setLabel("About");
    about.setItems(choices);
    about.setItemLabelGenerator(ProjectChoice::name);
    about.setValue(
        choices.stream()
            .filter(c -> c.id() != null && c.id().equals(preselected))
            .findFirst()
            .orElse(GENERAL));

    message.setPlaceholder("What should we know, change or fix? Be as specific as you like.");
    message.setRequiredIndicatorVisible(true);
    message.setManualValidation(true); // the service says what is wrong (Actions)
    message.setWidthFull();
    message.setMinRows(5);
    CharacterCount.limit(message, ClientFeedback.MAX_CHARS);

    files = new AttachmentPicker(feedback.maxFileBytes(), ClientFeedback.MAX_FILES);

    Button send =
        new Button(
            "Send feedback",
            e -> {
              confirmation.setVisible(false);
              if (files.isUploading()) {
                Actions.error("Wait until your files have finished uploading, then send.");
                return;
              }
              UUID projectId = about.getValue() == null ? null : about.getValue().id();
              boolean sent =
                  Actions.run(
                      () -> {
                        try (AttachmentPicker.Opened opened = files.open()) {
                          feedback.send(projectId, message.getValue(), opened.uploads());
                        }
                      },
                      Map.of("body", message));
              if (sent) {
                message.clear();
                files.clear();
                confirmation.setText(
                    "Sent to "
                        + recipient.apply(projectId)
                        + ". You'll get an email when we answer.");
                confirmation.setVisible(true);
                onSent.run();
              }
            });
    send.addThemeVariants(ButtonVariant.PRIMARY);
    send.addClassName("send-feedback");
    ViewingAs.disable(send);
    add(about, message, files, send, confirmation);
  }
}
