package dev.portico.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import dev.portico.shared.security.ViewAsPrincipal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Portal buttons that act in the client's name, shown disabled while staff view the portal as the
 * contact, with the reason as their tooltip. A courtesy only: the services refuse such actions
 * themselves ({@code ClientAction}).
 */
public final class ViewingAs {

  private ViewingAs() {}

  /** Disables these actions while the session views the portal as a contact. */
  @SafeVarargs
  public static <T extends Component & HasEnabled> void disable(T... actions) {
    refusal()
        .ifPresent(
            text -> {
              for (T action : actions) {
                action.setEnabled(false);
                action.getElement().setAttribute("title", text);
              }
            });
  }

  /** What an action is answered with while the session views the portal as a contact. */
  public static Optional<String> refusal() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof ViewAsPrincipal v
        ? Optional.of(v.refusal())
        : Optional.empty();
  }
}
