package dev.portico.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown routes, and routes the signed-in person may not open: "not found", never "forbidden". */
@AnonymousAllowed
public class RouteNotFoundView extends MessagePage implements HasErrorParameter<NotFoundException> {

  public RouteNotFoundView() {
    super("Not found", "There is nothing here. It may have been moved, or the link is wrong.");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
