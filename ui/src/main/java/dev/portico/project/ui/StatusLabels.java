package dev.portico.project.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.project.ProjectStatus;
import dev.portico.project.TaskStatus;
import dev.portico.shared.ui.StatusBadge;

/** How project and task statuses read, for staff and clients alike. */
public final class StatusLabels {

  private StatusLabels() {}

  public static String status(ProjectStatus status) {
    return switch (status) {
      case PLANNED -> "Planned";
      case ACTIVE -> "In progress";
      case COMPLETED -> "Completed";
    };
  }

  public static String status(TaskStatus status) {
    return switch (status) {
      case TODO -> "To do";
      case IN_PROGRESS -> "In progress";
      case DONE -> "Done";
    };
  }

  public static Badge badge(ProjectStatus status) {
    return statusBadge(status).component();
  }

  public static StatusBadge statusBadge(ProjectStatus status) {
    return new StatusBadge(
        status(status),
        switch (status) {
          case PLANNED -> BadgeVariant.CONTRAST;
          case ACTIVE -> BadgeVariant.WARNING;
          case COMPLETED -> BadgeVariant.SUCCESS;
        },
        "",
        "");
  }
}
