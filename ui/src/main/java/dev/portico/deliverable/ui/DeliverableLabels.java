package dev.portico.deliverable.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.deliverable.DeliverableStatus;
import dev.portico.shared.ui.Formats;

/** How a deliverable's review status reads, for staff and clients. */
public final class DeliverableLabels {

  private DeliverableLabels() {}

  public static String staff(DeliverableStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case IN_REVIEW -> "With the client";
      case CHANGES_REQUESTED -> "Changes requested";
      case APPROVED -> "Approved · locked";
      case SHARED -> "Shared (view only)";
    };
  }

  public static String client(DeliverableStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case IN_REVIEW -> "Waiting for your review";
      case CHANGES_REQUESTED -> "Being revised";
      case APPROVED -> "Approved";
      case SHARED -> "Shared with you";
    };
  }

  public static Badge badge(String label, DeliverableStatus status) {
    Badge badge = new Badge(label);
    badge.addClassName("deliverable-status");
    badge.addThemeVariants(
        switch (status) {
          case DRAFT, SHARED -> BadgeVariant.CONTRAST;
          case IN_REVIEW, CHANGES_REQUESTED -> BadgeVariant.WARNING;
          case APPROVED -> BadgeVariant.SUCCESS;
        });
    return badge;
  }

  /** File sizes as people read them: 12 KB, 3.4 MB. */
  public static String size(long bytes) {
    return Formats.size(bytes);
  }
}
