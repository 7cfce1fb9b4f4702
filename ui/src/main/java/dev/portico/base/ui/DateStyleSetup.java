package dev.portico.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.portico.shared.DateStyle;
import dev.portico.shared.security.CurrentUser;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.stereotype.Component;

/**
 * Every page of a signed-in person reads and writes dates in their workspace's style: each new UI
 * (a page load) carries the style and its locale, which {@code Formats} and {@code DateFields} use.
 * Pages before sign-in use the default style.
 */
@Component
class DateStyleSetup implements VaadinServiceInitListener {

  private final CurrentUser currentUser;
  private final WorkspaceSettings workspace;

  DateStyleSetup(CurrentUser currentUser, WorkspaceSettings workspace) {
    this.currentUser = currentUser;
    this.workspace = workspace;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            e -> {
              DateStyle style =
                  currentUser.get().isPresent() ? workspace.dateStyle() : DateStyle.DEFAULT;
              ComponentUtil.setData(e.getUI(), DateStyle.class, style);
              e.getUI().setLocale(style.locale());
            });
  }
}
