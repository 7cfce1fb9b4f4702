package dev.portico.project.ui.portal;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.project.TaskPriority;
import dev.portico.project.TaskStatus;
import dev.portico.project.ui.StatusLabels;

/** How a task's status and priority read on the portal. */
final class TaskLabels {

  private TaskLabels() {}

  static Badge status(TaskStatus status) {
    Badge badge = new Badge(StatusLabels.status(status));
    badge.addClassName("task-status");
    badge.addThemeVariants(
        switch (status) {
          case TODO -> BadgeVariant.CONTRAST;
          case IN_PROGRESS -> BadgeVariant.WARNING;
          case DONE -> BadgeVariant.SUCCESS;
        });
    return badge;
  }

  static String priority(TaskPriority priority) {
    return switch (priority) {
      case LOW -> "Low";
      case NORMAL -> "Normal";
      case HIGH -> "High";
      case URGENT -> "Urgent";
    };
  }
}
