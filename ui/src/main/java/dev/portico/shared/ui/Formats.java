package dev.portico.shared.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.project.ProjectStatus;
import dev.portico.project.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates, statuses and progress read everywhere in the UI. */
public final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

  private Formats() {}

  public static String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

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
    Badge badge = new Badge(status(status));
    badge.addThemeVariants(
        switch (status) {
          case PLANNED -> BadgeVariant.CONTRAST;
          case ACTIVE -> BadgeVariant.WARNING;
          case COMPLETED -> BadgeVariant.SUCCESS;
        });
    return badge;
  }
}
