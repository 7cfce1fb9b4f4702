package dev.portico.invoice;

import dev.portico.client.Client;
import dev.portico.client.Clients;
import dev.portico.identity.AccountAccess;
import dev.portico.project.ProjectFacts;
import dev.portico.shared.audit.AuditTrail;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds the staff read model of one invoice, its detail ({@link InvoiceRows} builds the lists).
 */
@Component
class StaffViews {

  private final InvoiceLines lines;
  private final Payments payments;
  private final Clients clients;
  private final ProjectFacts projects;
  private final AccountAccess people;
  private final AuditTrail audit;

  StaffViews(
      InvoiceLines lines,
      Payments payments,
      Clients clients,
      ProjectFacts projects,
      AccountAccess people,
      AuditTrail audit) {
    this.lines = lines;
    this.payments = payments;
    this.clients = clients;
    this.projects = projects;
    this.people = people;
    this.audit = audit;
  }

  InvoiceDetail detail(Invoice i) {
    List<Payment> received = payments.findByInvoiceIdOrderByReceivedOnAscRecordedAtAsc(i.getId());
    Map<UUID, String> names = new HashMap<>();
    List<String> offsets = i.getReminderOffsetList();
    return new InvoiceDetail(
        i.getId(),
        i.getNumber(),
        i.getStatus(),
        i.getClientId(),
        clientName(i.getClientId()),
        i.getProjectId(),
        i.getProjectId() == null ? null : projects.of(i.getProjectId()).name(),
        i.getCurrency(),
        i.getIssueDate(),
        i.getDueDate(),
        i.getNoteToClient(),
        lines.findByInvoiceIdOrderByPosition(i.getId()).stream()
            .map(
                l ->
                    new InvoiceDetail.Line(
                        l.getPosition(),
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
        open(i, received),
        i.getSentAt(),
        i.getDueAt(),
        i.getOverdueAt(),
        i.getRemindersSent(),
        offsets,
        i.getStatus() == InvoiceStatus.OVERDUE && i.getRemindersSent() < offsets.size()
            ? i.getDueAt().plus(Duration.parse(offsets.get(i.getRemindersSent())))
            : null,
        i.getEscalatedAt(),
        i.getEscalatedTo() == null ? null : name(names, i.getEscalatedTo()),
        i.getPaidAt(),
        i.getReceiptSentAt(),
        i.getVoidedAt(),
        i.getVoidReason(),
        received.stream()
            .map(
                p ->
                    new InvoiceDetail.PaymentRow(
                        p.getId(),
                        p.getReceivedOn(),
                        p.getAmountMinor(),
                        p.getMethod(),
                        p.getReference(),
                        p.getRecordedBy() == null ? null : name(names, p.getRecordedBy()),
                        p.getRecordedAt(),
                        p.isNeedsReview()))
            .toList(),
        audit.about(i.getWorkspaceId(), List.of(i.getId())));
  }

  static long open(Invoice i, List<Payment> received) {
    return open(
        i.getStatus(),
        i.getTotalMinor(),
        received.stream().mapToLong(Payment::getAmountMinor).sum());
  }

  /** What is still to pay: nothing unless the invoice is open, never below zero. */
  static long open(InvoiceStatus status, long totalMinor, long receivedMinor) {
    return status.isOpen() ? Math.max(0, totalMinor - receivedMinor) : 0;
  }

  private String clientName(UUID clientId) {
    return clients.findById(clientId).map(Client::getName).orElse("");
  }

  private String name(Map<UUID, String> names, UUID accountId) {
    return names.computeIfAbsent(accountId, id -> people.nameOf(id).orElse("Former member"));
  }
}
