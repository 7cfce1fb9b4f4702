package dev.portico.invoice;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo seed only: gives the demo agency an invoice that went out weeks ago and is overdue
 * now, which {@link InvoiceBilling#send} rightly refuses to create (a past due date). The invoice
 * is put in the state the chase would have reached (mailed, overdue, the reminders whose moments
 * passed counted as sent) and its flow resumed at its waiting point, as after a restart.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class DemoInvoices {

  private final Invoices invoices;
  private final InvoiceNumbers numbers;
  private final InvoiceFlows flows;
  private final WorkspaceSettings workspaces;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  DemoInvoices(
      Invoices invoices,
      InvoiceNumbers numbers,
      InvoiceFlows flows,
      WorkspaceSettings workspaces,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.invoices = invoices;
    this.numbers = numbers;
    this.flows = flows;
    this.workspaces = workspaces;
    this.audit = audit;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  /**
   * Sends a draft whose due date has passed as if it had been sent on its issue date.
   *
   * @return its number
   */
  @Transactional
  public String sentInThePast(UUID draftId) {
    SessionUser me = currentUser.require();
    Invoice i =
        invoices
            .lockById(draftId)
            .filter(x -> x.getWorkspaceId().equals(me.workspaceId()) && x.isDraft())
            .orElseThrow(() -> new NotFoundException("Invoice"));
    WorkspacePolicy policy = workspaces.policyOf(me.workspaceId());
    Instant sentAt = i.getIssueDate().atStartOfDay(policy.zone()).toInstant();
    Instant dueAt = InvoiceBilling.dueAt(i.getDueDate(), policy);
    Instant now = clock.instant();
    if (!dueAt.isBefore(now)) {
      throw new IllegalArgumentException("Not overdue yet: send it with InvoiceBilling.send");
    }
    List<String> offsets = policy.dunningReminderOffsets();
    String number = numbers.next(me.workspaceId());
    i.send(number, dueAt, offsets, me.accountId(), sentAt);
    i.mailed(sentAt);
    i.overdue(dueAt);
    int passed =
        (int) offsets.stream().filter(o -> !dueAt.plus(Duration.parse(o)).isAfter(now)).count();
    i.reminded(passed);
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Invoice sent",
        draftId,
        number + " (demo history: sent on " + i.getIssueDate() + ", " + passed + " reminder(s))");
    flows.resume(i);
    return number;
  }
}
