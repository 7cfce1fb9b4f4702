package dev.portico.invoice;

import dev.portico.shared.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as staff see it: lines, totals, payments, where its chase stands and its history.
 * Amounts in minor units of {@code currency} ({@link Amounts#format}).
 *
 * @param number null for a draft
 * @param dueAt when it becomes overdue (start of the day after the due date); null for a draft
 * @param reminderOffsets durations after {@code dueAt}, one reminder each (fixed when sent)
 * @param nextReminderAt when the next reminder goes out, if one is still to come
 * @param escalatedTo who was asked to chase it after the last reminder
 * @param history the audit trail about this invoice, newest first
 */
public record InvoiceDetail(
    UUID id,
    String number,
    InvoiceStatus status,
    UUID clientId,
    String clientName,
    UUID projectId,
    String projectName,
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    String noteToClient,
    List<Line> lines,
    long netMinor,
    long taxMinor,
    long totalMinor,
    long paidMinor,
    long openMinor,
    Instant sentAt,
    Instant dueAt,
    Instant overdueAt,
    int remindersSent,
    List<String> reminderOffsets,
    Instant nextReminderAt,
    Instant escalatedAt,
    String escalatedTo,
    Instant paidAt,
    Instant receiptSentAt,
    Instant voidedAt,
    String voidReason,
    List<PaymentRow> payments,
    List<AuditTrail.Entry> history) {

  /** One line with its amounts ({@code unitPriceMinor} × quantity, rounded per {@link Amounts}). */
  public record Line(
      int position,
      String description,
      BigDecimal quantity,
      long unitPriceMinor,
      BigDecimal taxRate,
      long netMinor,
      long taxMinor,
      long totalMinor) {}

  /**
   * A payment received.
   *
   * @param recordedBy the staff member who entered it; null for an online payment
   * @param needsReview staff must look at it (paid on a void or paid invoice, or overpaid)
   */
  public record PaymentRow(
      UUID id,
      LocalDate receivedOn,
      long amountMinor,
      PaymentMethod method,
      String reference,
      String recordedBy,
      Instant recordedAt,
      boolean needsReview) {}

  public boolean editable() {
    return status == InvoiceStatus.DRAFT;
  }

  /** The draft's content as a form to edit (prices back in major units). */
  public InvoiceForm toForm() {
    return new InvoiceForm(
        currency,
        issueDate,
        dueDate,
        noteToClient,
        lines.stream()
            .map(
                l ->
                    new InvoiceForm.Line(
                        l.description(),
                        l.quantity(),
                        Amounts.toMajor(l.unitPriceMinor(), currency),
                        l.taxRate()))
            .toList());
  }
}
