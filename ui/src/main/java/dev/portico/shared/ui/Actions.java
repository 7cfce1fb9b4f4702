package dev.portico.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs what a button asks a service to do and turns refusals into messages the person can act on:
 * field errors next to the fields, other errors as a notification. Nothing typed is lost.
 */
public final class Actions {

  private Actions() {}

  /**
   * @return whether the action succeeded
   */
  public static boolean run(Runnable action) {
    return run(action, Map.of());
  }

  /**
   * @param fields form fields by the name of the property they edit, to show field errors on
   * @return whether the action succeeded
   */
  public static boolean run(Runnable action, Map<String, ? extends HasValidation> fields) {
    fields.values().forEach(f -> f.setInvalid(false));
    try {
      action.run();
      return true;
    } catch (ConstraintViolationException e) {
      String unplaced =
          e.getConstraintViolations().stream()
              .filter(v -> !place(v, fields))
              .map(ConstraintViolation::getMessage)
              .distinct()
              .collect(Collectors.joining(". "));
      if (!unplaced.isEmpty()) {
        error(unplaced);
      }
    } catch (ValidationException | NotFoundException e) {
      error(e.getMessage());
    } catch (OptimisticLockingFailureException e) {
      error("Someone else changed this in the meantime. Reload the page and try again.");
    }
    return false;
  }

  public static void success(String message) {
    Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.SUCCESS);
  }

  public static void error(String message) {
    Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.ERROR);
  }

  private static boolean place(
      ConstraintViolation<?> violation, Map<String, ? extends HasValidation> fields) {
    String leaf = null;
    for (Path.Node node : violation.getPropertyPath()) {
      leaf = node.getName();
    }
    HasValidation field = leaf == null ? null : fields.get(leaf);
    if (field == null) {
      return false;
    }
    field.setErrorMessage(violation.getMessage());
    field.setInvalid(true);
    return true;
  }
}
