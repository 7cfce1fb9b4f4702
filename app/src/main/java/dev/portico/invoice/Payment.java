package dev.portico.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money received for an invoice; a record, never changed (also in the database). A reference is
 * recorded once per workspace. {@code needsReview}: staff must look at it (paid on a void or paid
 * invoice, or more than was open).
 */
@Entity
@Table(name = "invoice_payment")
public class Payment {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID invoiceId;
  private long amountMinor;
  private String currency;

  @Enumerated(EnumType.STRING)
  private PaymentMethod method;

  private String reference;
  private LocalDate receivedOn;
  private UUID recordedBy;
  private Instant recordedAt;
  private boolean needsReview;

  protected Payment() {}

  Payment(
      Invoice invoice,
      long amountMinor,
      PaymentMethod method,
      String reference,
      LocalDate receivedOn,
      UUID recordedBy,
      Instant recordedAt,
      boolean needsReview) {
    this.id = UUID.randomUUID();
    this.workspaceId = invoice.getWorkspaceId();
    this.invoiceId = invoice.getId();
    this.amountMinor = amountMinor;
    this.currency = invoice.getCurrency();
    this.method = method;
    this.reference = reference;
    this.receivedOn = receivedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.needsReview = needsReview;
  }

  public UUID getId() {
    return id;
  }

  public UUID getInvoiceId() {
    return invoiceId;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public UUID getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }
}
