package dev.portico.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import dev.portico.shared.NotFoundException;
import java.util.UUID;

/** Reads ids from route parameters: a malformed id is simply "not found". */
public final class Routes {

  private Routes() {}

  public static UUID id(BeforeEnterEvent event, String parameter, String what) {
    String value = event.getRouteParameters().get(parameter).orElse("");
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what);
    }
  }
}
