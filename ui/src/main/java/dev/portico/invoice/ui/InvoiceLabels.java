package dev.portico.invoice.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import dev.portico.invoice.Amounts;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PaymentMethod;
import dev.portico.shared.ui.StatusBadge;
import java.math.BigDecimal;

/** How invoice statuses, amounts and payment methods read, for staff and clients alike. */
public final class InvoiceLabels {

  private InvoiceLabels() {}

  public static String status(InvoiceStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case SENT -> "Sent";
      case OVERDUE -> "Overdue";
      case PAID -> "Paid";
      case VOID -> "Void";
    };
  }

  public static Badge badge(InvoiceStatus status) {
    return statusBadge(status).component();
  }

  public static StatusBadge statusBadge(InvoiceStatus status) {
    return new StatusBadge(
        status(status),
        switch (status) {
          case DRAFT, VOID -> BadgeVariant.CONTRAST;
          case SENT -> BadgeVariant.WARNING;
          case OVERDUE -> BadgeVariant.ERROR;
          case PAID -> BadgeVariant.SUCCESS;
        },
        "invoice-status",
        status.name().toLowerCase());
  }

  public static String method(PaymentMethod method) {
    return switch (method) {
      case MANUAL -> "Bank transfer";
      case ONLINE -> "Online (card or bank)";
    };
  }

  public static String amount(long minor, String currency) {
    return Amounts.format(minor, currency);
  }

  /** "2", "1.5", "0.125": a quantity or rate without trailing zeros. */
  public static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** The title of an invoice: its number, or "Draft invoice" before it is sent. */
  public static String title(String number) {
    return number == null ? "Draft invoice" : number;
  }
}
