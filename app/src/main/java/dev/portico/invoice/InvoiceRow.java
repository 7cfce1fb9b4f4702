package dev.portico.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice in the staff lists. Amounts in minor units of {@code currency} ({@link
 * Amounts#format}).
 *
 * @param number null for a draft
 * @param escalated all reminders went unanswered; a staff member was asked to chase it
 * @param needsReview a payment staff must look at (paid on a void or paid invoice, overpaid)
 */
public record InvoiceRow(
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
    long totalMinor,
    long openMinor,
    int remindersSent,
    boolean escalated,
    boolean needsReview,
    Instant createdAt) {}
