package dev.portico.invoice;

import dev.portico.project.ProjectFacts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's invoices: those its agency sent to its own company, never drafts. The read models
 * carry no internal field (no reminders, escalation, void reason or who recorded what).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLIENT')")
public class PortalInvoices {

  /**
   * An invoice on the portal. Amounts in minor units of {@code currency} ({@link Amounts#format}).
   *
   * @param openMinor what is still to pay; 0 once paid or void
   */
  public record PortalInvoice(
      UUID id,
      String number,
      InvoiceStatus status,
      String projectName,
      String currency,
      LocalDate issueDate,
      LocalDate dueDate,
      String noteToClient,
      List<PortalLine> lines,
      long netMinor,
      long taxMinor,
      long totalMinor,
      long paidMinor,
      long openMinor,
      Instant paidAt,
      List<PortalPayment> payments) {

    /** Money is still expected: sent or overdue, with something open. */
    public boolean payable() {
      return status.isOpen() && openMinor > 0;
    }
  }

  public record PortalLine(
      String description,
      BigDecimal quantity,
      long unitPriceMinor,
      BigDecimal taxRate,
      long netMinor,
      long taxMinor,
      long totalMinor) {}

  public record PortalPayment(LocalDate receivedOn, long amountMinor, PaymentMethod method) {}

  private final Invoices invoices;
  private final InvoiceLines lines;
  private final Payments payments;
  private final ProjectFacts projects;
  private final CurrentUser currentUser;

  PortalInvoices(
      Invoices invoices,
      InvoiceLines lines,
      Payments payments,
      ProjectFacts projects,
      CurrentUser currentUser) {
    this.invoices = invoices;
    this.lines = lines;
    this.payments = payments;
    this.projects = projects;
    this.currentUser = currentUser;
  }

  /** The company's invoices, newest first. */
  @ClientRead
  public List<PortalInvoice> myInvoices() {
    SessionUser me = currentUser.require();
    List<Invoice> mine = invoices.sentToClient(me.workspaceId(), me.clientId());
    List<UUID> ids = mine.stream().map(Invoice::getId).toList();
    Map<UUID, List<InvoiceLine>> linesOf =
        lines.findByInvoiceIdInOrderByPosition(ids).stream()
            .collect(Collectors.groupingBy(InvoiceLine::getInvoiceId));
    Map<UUID, List<Payment>> paymentsOf =
        payments.findByInvoiceIdIn(ids).stream()
            .collect(Collectors.groupingBy(Payment::getInvoiceId));
    return mine.stream()
        .map(
            i ->
                portal(
                    i,
                    linesOf.getOrDefault(i.getId(), List.of()),
                    paymentsOf.getOrDefault(i.getId(), List.of())))
        .toList();
  }

  /** One of the company's invoices; "not found" for any other, and for drafts. */
  @ClientRead
  public PortalInvoice invoice(UUID invoiceId) {
    Invoice i = visible(invoiceId, currentUser.require());
    return portal(
        i,
        lines.findByInvoiceIdOrderByPosition(invoiceId),
        payments.findByInvoiceIdOrderByReceivedOnAscRecordedAtAsc(invoiceId));
  }

  /** How many invoices wait for payment (sent or overdue), for the home page. */
  @ClientRead
  public int openCount() {
    SessionUser me = currentUser.require();
    return (int)
        invoices.sentToClient(me.workspaceId(), me.clientId()).stream()
            .filter(Invoice::isOpen)
            .count();
  }

  /** The client's own company's invoice, sent at some point; anything else is "not found". */
  static Invoice visible(Invoices invoices, UUID invoiceId, SessionUser me) {
    return invoices
        .findByIdAndWorkspaceId(invoiceId, me.workspaceId())
        .filter(i -> i.getClientId().equals(me.clientId()) && !i.isDraft())
        .orElseThrow(() -> new NotFoundException("Invoice"));
  }

  private Invoice visible(UUID invoiceId, SessionUser me) {
    return visible(invoices, invoiceId, me);
  }

  private PortalInvoice portal(Invoice i, List<InvoiceLine> invoiceLines, List<Payment> received) {
    return new PortalInvoice(
        i.getId(),
        i.getNumber(),
        i.getStatus(),
        i.getProjectId() == null ? null : projects.of(i.getProjectId()).name(),
        i.getCurrency(),
        i.getIssueDate(),
        i.getDueDate(),
        i.getNoteToClient(),
        invoiceLines.stream()
            .map(
                l ->
                    new PortalLine(
                        l.getDescription(),
                        l.getQuantity(),
                        l.getUnitPriceMinor(),
                        l.getTaxRate(),
                        l.getNetMinor(),
                        l.getTaxMinor(),
                        l.getTotalMinor()))
            .toList(),
        i.getNetMinor(),
        i.getTaxMinor(),
        i.getTotalMinor(),
        received.stream().mapToLong(Payment::getAmountMinor).sum(),
        StaffViews.open(i, received),
        i.getPaidAt(),
        received.stream()
            .map(p -> new PortalPayment(p.getReceivedOn(), p.getAmountMinor(), p.getMethod()))
            .toList());
  }
}
