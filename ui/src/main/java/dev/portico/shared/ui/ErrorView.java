package dev.portico.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure while opening a page: a plain message, the details only in the log. */
@AnonymousAllowed
public class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

  private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

  public ErrorView() {
    super("Something went wrong", "We could not open this page. Please try again in a moment.");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
