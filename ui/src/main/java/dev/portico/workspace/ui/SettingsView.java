package dev.portico.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For owners: the workspace's settings, one section per concern, each saved on its own. */
@Route("staff/settings")
@PageTitle("Settings")
@RolesAllowed(Roles.OWNER)
public class SettingsView extends VerticalLayout {

  public SettingsView(List<SettingsSection> sections) {
    addClassName("settings-page");
    add(new H1("Settings"), new Paragraph("How your workspace works for your team and clients."));
    for (SettingsSection section : sections) {
      Section box = new Section(new H2(section.title()), section.create());
      box.addClassName("settings-section");
      box.setId("settings-" + section.title().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
      box.setWidthFull();
      add(box);
    }
    if (sections.isEmpty()) {
      add(new Div("Nothing to set yet."));
    }
  }
}
