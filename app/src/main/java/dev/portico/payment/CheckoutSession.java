package dev.portico.payment;

import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A Stripe Checkout Session Portico created for an invoice: which attempt it is, what it charges,
 * and how far the payment got. The status only moves forward (see {@link #moveTo}), so events that
 * arrive out of order never undo a payment.
 */
@Entity
@Table(name = "invoice_checkout")
public class CheckoutSession {

  /** Embedded Checkout on Portico's invoice page, or Stripe's hosted page. */
  public enum UiMode {
    EMBEDDED,
    HOSTED
  }

  @Id private UUID id;
  private UUID workspaceId;
  private UUID invoiceId;
  private int attempt;

  @Enumerated(EnumType.STRING)
  private UiMode uiMode;

  private String stripeSessionId;
  private long amountMinor;
  private String currency;

  @Enumerated(EnumType.STRING)
  private CheckoutStatus status;

  private UUID createdBy;
  private Instant createdAt;
  private Instant updatedAt;

  protected CheckoutSession() {}

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getInvoiceId() {
    return invoiceId;
  }

  public int getAttempt() {
    return attempt;
  }

  public UiMode getUiMode() {
    return uiMode;
  }

  public String getStripeSessionId() {
    return stripeSessionId;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public CheckoutStatus getStatus() {
    return status;
  }

  public UUID getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /**
   * Moves the status on if {@code next} is later in the payment's life: PAID is final (money
   * arrived wins over anything reported before or after); FAILED and EXPIRED end a session unless
   * it was paid after all; PROCESSING only follows OPEN.
   *
   * @return whether the status changed
   */
  boolean moveTo(CheckoutStatus next, Instant at) {
    if (next == status || !canMove(status, next)) {
      return false;
    }
    status = next;
    updatedAt = at;
    return true;
  }

  static boolean canMove(CheckoutStatus from, CheckoutStatus to) {
    return switch (from) {
      case OPEN -> to != CheckoutStatus.OPEN;
      case PROCESSING -> to == CheckoutStatus.PAID || to == CheckoutStatus.FAILED;
      case FAILED, EXPIRED -> to == CheckoutStatus.PAID;
      case PAID -> false;
    };
  }
}
