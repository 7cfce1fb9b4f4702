package dev.portico.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A route the signed-in person may not open: answered as "not found", revealing nothing. */
@AnonymousAllowed
public class RouteAccessDeniedView extends MessagePage
    implements HasErrorParameter<AccessDeniedException> {

  public RouteAccessDeniedView() {
    super("Not found", "There is nothing here. It may have been moved, or the link is wrong.");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
