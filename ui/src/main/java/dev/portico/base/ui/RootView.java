package dev.portico.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.portico.shared.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The start page: staff go to the console, clients to their portal. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

  private final CurrentUser currentUser;

  public RootView(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var user = currentUser.get();
    if (user.isEmpty()) {
      // The sign-in page is no Vaadin route (decision 027): a real page load.
      event.forwardToUrl("/login");
    } else {
      event.forwardTo(user.get().isStaff() ? "staff/projects" : "portal");
    }
  }
}
