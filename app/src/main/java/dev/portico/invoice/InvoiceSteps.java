package dev.portico.invoice;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Contact;
import dev.portico.project.LeadInbox;
import dev.portico.project.ProjectFacts;
import dev.portico.project.TaskKind;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.MailOutbox;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of invoice-dunning, one method per job type. Each is idempotent on the
 * invoice and step: it locks the invoice, finds its work done (or no longer wanted: paid, void) and
 * does nothing; mails go through the outbox under a key per invoice, step and recipient.
 */
@Service
public class InvoiceSteps {

  private static final Logger log = LoggerFactory.getLogger(InvoiceSteps.class);

  private final Invoices invoices;
  private final Statements statements;
  private final InvoicePdf pdf;
  private final InvoiceMails mails;
  private final BillingContacts contacts;
  private final MailOutbox outbox;
  private final ProjectFacts projects;
  private final LeadInbox inbox;
  private final AccountAccess people;
  private final AuditTrail audit;
  private final Clock clock;

  InvoiceSteps(
      Invoices invoices,
      Statements statements,
      InvoicePdf pdf,
      InvoiceMails mails,
      BillingContacts contacts,
      MailOutbox outbox,
      ProjectFacts projects,
      LeadInbox inbox,
      AccountAccess people,
      AuditTrail audit,
      Clock clock) {
    this.invoices = invoices;
    this.statements = statements;
    this.pdf = pdf;
    this.mails = mails;
    this.contacts = contacts;
    this.outbox = outbox;
    this.projects = projects;
    this.inbox = inbox;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** The invoice with its PDF to the client's contacts. */
  @Transactional
  public void sendInvoiceMail(UUID invoiceId) {
    Invoice i = lock(invoiceId);
    if (!i.isOpen() || i.getMailedAt() != null) {
      return;
    }
    Statement s = statements.of(i);
    if (contacts.of(i.getClientId()).isEmpty()) {
      throw new IllegalStateException(
          s.clientName()
              + " has no contact to send "
              + s.number()
              + " to: add a contact, then retry");
    }
    byte[] document = pdf.render(s);
    List<String> to = mailClient(i, "sent", c -> mails.sent(c, s, document));
    i.mailed(clock.instant());
    audit.record(
        i.getWorkspaceId(), null, "Invoice mailed", invoiceId, "To " + String.join(", ", to));
  }

  /** The due moment passed unpaid: Overdue, and the client is told. */
  @Transactional
  public void markOverdue(UUID invoiceId) {
    Invoice i = lock(invoiceId);
    if (i.getStatus() != InvoiceStatus.SENT) {
      return; // overdue already (a redelivered job), paid or void
    }
    i.overdue(clock.instant());
    Statement s = statements.of(i);
    List<String> to = mailClient(i, "overdue", c -> mails.overdue(c, s));
    audit.record(
        i.getWorkspaceId(),
        null,
        "Invoice overdue",
        invoiceId,
        s.amount(s.openMinor()) + " open; told " + recipients(to));
    log.info("Invoice {} is overdue", invoiceId);
  }

  /**
   * @param reminder which reminder this is (1-based); each goes once
   */
  @Transactional
  public void sendReminder(UUID invoiceId, int reminder) {
    Invoice i = lock(invoiceId);
    if (i.getStatus() != InvoiceStatus.OVERDUE || i.getRemindersSent() >= reminder) {
      return;
    }
    Statement s = statements.of(i);
    List<String> to = mailClient(i, "reminder:" + reminder, c -> mails.reminder(c, s, reminder));
    i.reminded(reminder);
    audit.record(
        i.getWorkspaceId(),
        null,
        "Payment reminder sent",
        invoiceId,
        "Reminder "
            + reminder
            + " of "
            + i.getReminderOffsetList().size()
            + " to "
            + recipients(to));
  }

  /**
   * All reminders went unanswered: a task in the inbox of the project's lead (of the workspace
   * owner when the invoice has no project or the lead left), with a mail.
   */
  @Transactional
  public void createEscalation(UUID invoiceId) {
    Invoice i = lock(invoiceId);
    if (i.getStatus() != InvoiceStatus.OVERDUE || i.getEscalatedAt() != null) {
      return;
    }
    Statement s = statements.of(i);
    UUID assignee = assignee(i);
    String email =
        people.emailOf(assignee).orElseThrow(() -> new IllegalStateException("No assignee"));
    inbox.add(
        new LeadInbox.NewItem(
            i.getWorkspaceId(),
            i.getProjectId(),
            i.getClientId(),
            assignee,
            TaskKind.PAYMENT_CHASE,
            "Chase payment: " + s.number() + " (" + s.clientName() + ")",
            s.amount(s.openMinor())
                + " open since "
                + InvoicePdf.date(s, s.dueDate())
                + "; "
                + i.getRemindersSent()
                + " reminder(s) went unanswered. "
                + mails.staffLink(invoiceId),
            null));
    outbox.enqueue(
        "invoice:" + invoiceId + ":escalation", mails.escalation(email, s, i.getRemindersSent()));
    i.escalated(assignee, clock.instant());
    audit.record(
        i.getWorkspaceId(),
        null,
        "Dunning escalated",
        invoiceId,
        people.nameOf(assignee).orElse(email) + " was asked to chase the payment");
  }

  /** Paid in full: a receipt with the paid invoice to the client, once. */
  @Transactional
  public void sendReceipt(UUID invoiceId) {
    Invoice i = lock(invoiceId);
    if (i.getStatus() != InvoiceStatus.PAID || i.getReceiptSentAt() != null) {
      return;
    }
    Statement s = statements.of(i);
    byte[] document = pdf.render(s);
    List<String> to = mailClient(i, "receipt", c -> mails.receipt(c, s, document));
    i.receiptSent(clock.instant());
    audit.record(i.getWorkspaceId(), null, "Receipt sent", invoiceId, "To " + recipients(to));
  }

  /** Mails every billing contact once for this step; returns who. */
  private List<String> mailClient(Invoice i, String step, Function<Contact, Mail> mail) {
    List<Contact> to = contacts.of(i.getClientId());
    for (Contact c : to) {
      outbox.enqueue("invoice:" + i.getId() + ":" + step + ":" + c.email(), mail.apply(c));
    }
    return to.stream().map(Contact::email).toList();
  }

  private UUID assignee(Invoice i) {
    if (i.getProjectId() != null) {
      UUID lead = projects.of(i.getProjectId()).leadId();
      if (people.stillAllowed(lead)) {
        return lead;
      }
    }
    return people
        .ownerOf(i.getWorkspaceId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Workspace " + i.getWorkspaceId() + " has no owner to chase " + i.getNumber()));
  }

  private static String recipients(List<String> to) {
    return to.isEmpty() ? "nobody (the client has no contact)" : String.join(", ", to);
  }

  private Invoice lock(UUID invoiceId) {
    return invoices.lockById(invoiceId).orElseThrow(() -> new NotFoundException("Invoice"));
  }
}
