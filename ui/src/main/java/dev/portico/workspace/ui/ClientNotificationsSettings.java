package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.portico.shared.ui.Actions;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.core.annotation.Order;

/** "Client notifications": whether client contacts get the daily digest of completed work. */
@org.springframework.stereotype.Component
@Order(10)
class ClientNotificationsSettings implements SettingsSection {

  private final WorkspaceSettings settings;

  ClientNotificationsSettings(WorkspaceSettings settings) {
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Client notifications";
  }

  @Override
  public Component create() {
    Checkbox digest = new Checkbox("Mail clients a daily digest of completed work");
    digest.setValue(settings.clientNotificationsEnabled());
    digest.setId("client-notifications");
    Paragraph about =
        new Paragraph(
            "Once a day, each contact with portal access gets one mail listing the client-visible"
                + " tasks done and milestones reached in their company's projects. Internal tasks"
                + " never appear. While this is off, nothing is collected or sent.");
    about.addClassName("hint");
    Button save =
        new Button(
            "Save",
            e -> {
              if (Actions.run(() -> settings.switchClientNotifications(digest.getValue()))) {
                Actions.success(
                    digest.getValue()
                        ? "Client notifications are on"
                        : "Client notifications are off");
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-client-notifications");
    return new Div(about, digest, new Div(save));
  }
}
