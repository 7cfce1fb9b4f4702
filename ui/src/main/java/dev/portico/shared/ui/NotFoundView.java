package dev.portico.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.portico.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** The page for anything that does not exist, or exists elsewhere: the same answer for both. */
@AnonymousAllowed
public class NotFoundView extends MessagePage implements HasErrorParameter<NotFoundException> {

  public NotFoundView() {
    super("Not found", "There is nothing here. It may have been moved, or the link is wrong.");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
