package dev.portico.project.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.project.SlaState;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskPriority;
import java.time.Duration;
import java.time.Instant;

/** How the inbox names kinds of items, answer-time states and priorities. */
public final class InboxLabels {

  private InboxLabels() {}

  public static String kind(TaskKind kind) {
    return switch (kind) {
      case WORK -> "Task";
      case FEEDBACK -> "Client feedback";
      case REVISION -> "Revision";
      case ESCALATION -> "Escalation";
      case PAYMENT_CHASE -> "Payment to chase";
    };
  }

  public static String priority(TaskPriority priority) {
    return switch (priority) {
      case LOW -> "Low";
      case NORMAL -> "Normal";
      case HIGH -> "High";
      case URGENT -> "Urgent";
    };
  }

  /** Null for items without an answer time, or done (their status says it). */
  public static Badge sla(SlaState sla, boolean escalated) {
    return switch (sla) {
      case NONE -> null;
      case ON_TIME -> badge("On time", BadgeVariant.SUCCESS);
      case DUE_SOON -> badge("Answer due soon", BadgeVariant.WARNING);
      case OVERDUE -> badge(escalated ? "Overdue · owner told" : "Overdue", BadgeVariant.ERROR);
      case MET -> null; // the status says it
    };
  }

  public static Badge kindBadge(TaskKind kind) {
    return badge(
        kind(kind), kind == TaskKind.ESCALATION ? BadgeVariant.ERROR : BadgeVariant.CONTRAST);
  }

  /** "just now", "3 h", "2 days" since {@code at}. */
  public static String age(Instant at, Instant now) {
    Duration d = Duration.between(at, now);
    if (d.toMinutes() < 1) {
      return "just now";
    }
    if (d.toHours() < 1) {
      return d.toMinutes() + " min ago";
    }
    if (d.toDays() < 1) {
      return d.toHours() + " h ago";
    }
    return d.toDays() == 1 ? "1 day ago" : d.toDays() + " days ago";
  }

  private static Badge badge(String text, BadgeVariant variant) {
    Badge badge = new Badge(text);
    badge.addThemeVariants(variant);
    return badge;
  }
}
