package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.portico.shared.ui.Actions;
import dev.portico.workspace.PortalSettings;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.core.annotation.Order;

/** "Client portal": whether clients can use the portal at all (decision 020). */
@org.springframework.stereotype.Component
@Order(1)
class PortalSwitchSettings implements SettingsSection {

  private final WorkspaceSettings workspace;
  private final PortalSettings settings;

  PortalSwitchSettings(WorkspaceSettings workspace, PortalSettings settings) {
    this.workspace = workspace;
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Client portal";
  }

  @Override
  public Component create() {
    Checkbox enabled = new Checkbox("Enable portal");
    enabled.setValue(workspace.portalEnabled());
    enabled.setId("portal-enabled");
    Paragraph about =
        new Paragraph(
            "While the portal is off, signed-in clients see a \"portal unavailable\" page with"
                + " your support email, nobody from a client company can sign in, and no"
                + " invitations go out. Your team keeps working; switching it on again lets"
                + " clients carry on where they were.");
    about.addClassName("hint");
    Button save =
        new Button(
            "Save",
            e -> {
              if (Actions.run(() -> settings.switchPortal(enabled.getValue()))) {
                Actions.success(
                    enabled.getValue() ? "The client portal is on" : "The client portal is off");
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-portal");
    return new Div(about, enabled, new Div(save));
  }
}
