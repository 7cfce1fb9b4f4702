package dev.portico.invoice;

import dev.portico.workspace.Branding;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as the client receives it, for the PDF and the mails: who it is from and for, the
 * lines, totals and what is still open. No internal field (no notes about the client).
 *
 * @param number null for a draft
 * @param paidMinor everything received for it
 * @param paidOn the day it was paid in full, in the workspace's zone
 */
record Statement(
    UUID invoiceId,
    UUID workspaceId,
    String number,
    InvoiceStatus status,
    Branding branding,
    String clientName,
    String projectName,
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    String noteToClient,
    List<InvoiceLine> lines,
    long netMinor,
    long taxMinor,
    long totalMinor,
    long paidMinor,
    LocalDate paidOn) {

  /** What the client still owes: nothing once paid or void. */
  long openMinor() {
    return status.isOpen() ? Math.max(0, totalMinor - paidMinor) : 0;
  }

  String amount(long minor) {
    return Amounts.format(minor, currency);
  }

  /** "INV-0007", or "Draft" before it is sent. */
  String title() {
    return number == null ? "Draft" : number;
  }

  String fileName() {
    return (number == null ? "draft-invoice" : number) + ".pdf";
  }
}
