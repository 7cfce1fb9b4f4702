package dev.portico.invoice;

import java.util.UUID;

/**
 * What recording a payment did.
 *
 * @param status the invoice's status afterwards
 * @param openAmountMinor what is still open afterwards, in minor units of the invoice's currency
 * @param flaggedForStaff staff were told to look at it (audit trail and a mail to the owner)
 */
public record PaymentOutcome(
    Result result,
    UUID invoiceId,
    String number,
    InvoiceStatus status,
    long openAmountMinor,
    boolean flaggedForStaff) {

  /** What happened to the money. */
  public enum Result {
    /** Recorded; the invoice is paid in full now (more than was open is flagged for staff). */
    PAID,
    /** Recorded; part of the invoice is still open. */
    PARTIALLY_PAID,
    /** This reference was recorded before (a webhook delivered twice): nothing changed. */
    ALREADY_RECORDED,
    /** Recorded although the invoice was void or paid already: flagged for staff to refund. */
    RECORDED_FOR_REVIEW,
    /** Not recorded: not the invoice's currency. Flagged for staff. */
    CURRENCY_MISMATCH
  }
}
