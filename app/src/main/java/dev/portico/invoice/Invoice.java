package dev.portico.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A bill to a client company. A draft can change; once sent it is locked (also in the database) and
 * only moves on: overdue, paid or void. Amounts are minor units of its currency ({@link Amounts}).
 */
@Entity
public class Invoice {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID clientId;
  private UUID projectId;
  private String number;

  @Enumerated(EnumType.STRING)
  private InvoiceStatus status;

  private String currency;
  private LocalDate issueDate;
  private LocalDate dueDate;
  private String noteToClient;
  private long netMinor;
  private long taxMinor;
  private long totalMinor;
  private String reminderOffsets;
  private Instant dueAt;
  private Instant sentAt;
  private UUID sentBy;
  private Instant mailedAt;
  private Instant overdueAt;
  private int remindersSent;
  private Instant escalatedAt;
  private UUID escalatedTo;
  private Instant paidAt;
  private Instant receiptSentAt;
  private Instant voidedAt;
  private UUID voidedBy;
  private String voidReason;
  private UUID createdBy;
  private Instant createdAt;
  @Version private Long version;

  protected Invoice() {}

  Invoice(UUID workspaceId, UUID clientId, UUID createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.clientId = clientId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = InvoiceStatus.DRAFT;
  }

  void edit(UUID projectId, DraftRules.Priced form) {
    requireDraft();
    this.projectId = projectId;
    this.currency = form.currency();
    this.issueDate = form.issueDate();
    this.dueDate = form.dueDate();
    this.noteToClient = form.noteToClient();
    this.netMinor = form.totals().netMinor();
    this.taxMinor = form.totals().taxMinor();
    this.totalMinor = form.totals().totalMinor();
  }

  /**
   * @param dueAt the moment it becomes overdue: the start of the day after the due date
   * @param reminderOffsets ISO durations after {@code dueAt}, one reminder each
   */
  void send(String number, Instant dueAt, List<String> reminderOffsets, UUID by, Instant at) {
    requireDraft();
    this.number = number;
    this.dueAt = dueAt;
    this.reminderOffsets = String.join(",", reminderOffsets);
    this.sentBy = by;
    this.sentAt = at;
    this.status = InvoiceStatus.SENT;
  }

  void mailed(Instant at) {
    mailedAt = at;
  }

  void overdue(Instant at) {
    status = InvoiceStatus.OVERDUE;
    overdueAt = at;
  }

  void reminded(int reminderNumber) {
    remindersSent = Math.max(remindersSent, reminderNumber);
  }

  void escalated(UUID to, Instant at) {
    escalatedTo = to;
    escalatedAt = at;
  }

  void paid(Instant at) {
    status = InvoiceStatus.PAID;
    paidAt = at;
  }

  void receiptSent(Instant at) {
    receiptSentAt = at;
  }

  void voided(UUID by, Instant at, String reason) {
    status = InvoiceStatus.VOID;
    voidedBy = by;
    voidedAt = at;
    voidReason = reason;
  }

  private void requireDraft() {
    if (status != InvoiceStatus.DRAFT) {
      throw new IllegalStateException("Invoice " + number + " is sent and locked");
    }
  }

  public boolean isDraft() {
    return status == InvoiceStatus.DRAFT;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  /** The reminder offsets fixed when it was sent; empty for a draft. */
  public List<String> getReminderOffsetList() {
    return reminderOffsets == null || reminderOffsets.isBlank()
        ? List.of()
        : Arrays.asList(reminderOffsets.split(","));
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public String getNumber() {
    return number;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getNoteToClient() {
    return noteToClient;
  }

  public long getNetMinor() {
    return netMinor;
  }

  public long getTaxMinor() {
    return taxMinor;
  }

  public long getTotalMinor() {
    return totalMinor;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getMailedAt() {
    return mailedAt;
  }

  public Instant getOverdueAt() {
    return overdueAt;
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public UUID getEscalatedTo() {
    return escalatedTo;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public Instant getReceiptSentAt() {
    return receiptSentAt;
  }

  public Instant getVoidedAt() {
    return voidedAt;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
