package dev.portico.invoice;

/** Where an invoice stands. Everything but a draft is locked: the client received it. */
public enum InvoiceStatus {
  DRAFT,
  SENT,
  OVERDUE,
  PAID,
  VOID;

  /** Sent or overdue: money is still expected. */
  public boolean isOpen() {
    return this == SENT || this == OVERDUE;
  }
}
