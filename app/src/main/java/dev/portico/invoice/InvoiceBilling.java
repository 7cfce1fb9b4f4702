package dev.portico.invoice;

import dev.portico.client.Client;
import dev.portico.client.Clients;
import dev.portico.identity.AccountAccess.Contact;
import dev.portico.project.ProjectFacts;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.Feature;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff bill their clients: draft an invoice, send it (it gets its number, is locked, and the
 * dunning flow starts), void it, record payments received outside Portico, and read the invoices
 * with their lines, payments and history. Everything stays within the staff member's workspace.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class InvoiceBilling {

  static final int REASON_CHARS = 500;
  static final int REFERENCE_CHARS = 200;

  private final Invoices invoices;
  private final InvoiceLines lines;
  private final InvoiceNumbers numbers;
  private final InvoiceFlows flows;
  private final PaymentBook book;
  private final Clients clients;
  private final ProjectFacts projects;
  private final BillingContacts contacts;
  private final Statements statements;
  private final InvoiceMails mails;
  private final StaffViews views;
  private final InvoiceRows rows;
  private final MailOutbox outbox;
  private final WorkspaceSettings workspaces;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  InvoiceBilling(
      Invoices invoices,
      InvoiceLines lines,
      InvoiceNumbers numbers,
      InvoiceFlows flows,
      PaymentBook book,
      Clients clients,
      ProjectFacts projects,
      BillingContacts contacts,
      Statements statements,
      InvoiceMails mails,
      StaffViews views,
      InvoiceRows rows,
      MailOutbox outbox,
      WorkspaceSettings workspaces,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.invoices = invoices;
    this.lines = lines;
    this.numbers = numbers;
    this.flows = flows;
    this.book = book;
    this.clients = clients;
    this.projects = projects;
    this.contacts = contacts;
    this.statements = statements;
    this.mails = mails;
    this.views = views;
    this.rows = rows;
    this.outbox = outbox;
    this.workspaces = workspaces;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * A new invoice's form as the workspace sets it up: its currency, issued today, due after its
   * payment days, one empty line at its tax rate.
   */
  public InvoiceForm draftDefaults() {
    WorkspacePolicy policy = workspaces.policyOf(currentUser.require().workspaceId());
    LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
    return new InvoiceForm(
        policy.invoiceCurrency(),
        today,
        today.plusDays(policy.invoicePaymentDays()),
        null,
        List.of(new InvoiceForm.Line("", BigDecimal.ONE, null, policy.invoiceTaxRate())));
  }

  /**
   * @param projectId optional; must be one of the client's projects
   */
  @Transactional
  public UUID createDraft(UUID clientId, UUID projectId, InvoiceForm form) {
    SessionUser me = currentUser.require();
    Client client = client(clientId, me);
    requireInvoicing(me);
    checkProject(client, projectId);
    DraftRules.Priced priced = DraftRules.check(form);
    // Complete before it is saved: the insert carries what the entity holds when saved.
    Invoice draft = new Invoice(me.workspaceId(), clientId, me.accountId(), clock.instant());
    draft.edit(projectId, priced);
    Invoice invoice = invoices.save(draft);
    saveLines(invoice, priced);
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Invoice drafted",
        invoice.getId(),
        "Draft for "
            + client.getName()
            + ", "
            + Amounts.format(invoice.getTotalMinor(), invoice.getCurrency()));
    return invoice.getId();
  }

  /** Changes a draft entirely (lines replaced); refused once sent. */
  @Transactional
  public void updateDraft(UUID invoiceId, UUID projectId, InvoiceForm form) {
    SessionUser me = currentUser.require();
    Invoice invoice = lockOwn(invoiceId, me);
    refuseIfSent(invoice);
    checkProject(client(invoice.getClientId(), me), projectId);
    DraftRules.Priced priced = DraftRules.check(form);
    invoice.edit(projectId, priced);
    lines.deleteByInvoice(invoiceId);
    saveLines(invoice, priced);
  }

  /** Deletes a draft; a sent invoice stays (it is part of the books). */
  @Transactional
  public void deleteDraft(UUID invoiceId) {
    Invoice invoice = lockOwn(invoiceId, currentUser.require());
    refuseIfSent(invoice);
    lines.deleteByInvoice(invoiceId);
    invoices.delete(invoice);
  }

  /**
   * Sends a draft: takes the next number, locks the invoice and starts the dunning flow (mail with
   * the PDF, reminders after the due date), all in one transaction.
   *
   * @return the invoice's number, e.g. {@code INV-0001}
   */
  @Transactional
  public String send(UUID invoiceId) {
    SessionUser me = currentUser.require();
    Invoice invoice = lockOwn(invoiceId, me);
    refuseIfSent(invoice);
    requireInvoicing(me);
    WorkspacePolicy policy = workspaces.policyOf(me.workspaceId());
    if (invoice.getDueDate().isBefore(LocalDate.now(clock.withZone(policy.zone())))) {
      throw new ValidationException(
          "The due date has passed. Set a due date from today on, then send the invoice.");
    }
    Client client = client(invoice.getClientId(), me);
    if (contacts.of(client.getId()).isEmpty()) {
      throw new ValidationException(
          client.getName() + " has no contact to send the invoice to. Add a contact first.");
    }
    String number = numbers.next(me.workspaceId());
    invoice.send(
        number,
        dueAt(invoice.getDueDate(), policy),
        policy.dunningReminderOffsets(),
        me.accountId(),
        clock.instant());
    flows.start(invoice);
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Invoice sent",
        invoiceId,
        number
            + " to "
            + client.getName()
            + ", "
            + Amounts.format(invoice.getTotalMinor(), invoice.getCurrency())
            + ", due "
            + invoice.getDueDate());
    return number;
  }

  /**
   * The moment an unpaid invoice becomes overdue: the start of the day after its due date in the
   * workspace's zone (UTC when it has none). Due on 3 March means payable through 3 March.
   */
  static Instant dueAt(LocalDate dueDate, WorkspacePolicy policy) {
    return dueDate.plusDays(1).atStartOfDay(policy.zone()).toInstant();
  }

  /** Voids a sent invoice: the chase stops, the client is told it need not pay. */
  @Transactional
  public void voidInvoice(UUID invoiceId, String reason) {
    SessionUser me = currentUser.require();
    Invoice invoice = lockOwn(invoiceId, me);
    String why = DraftRules.blankToNull(reason);
    switch (invoice.getStatus()) {
      case DRAFT -> throw new ValidationException("A draft is not sent: delete it instead.");
      case PAID ->
          throw new ValidationException(
              invoice.getNumber() + " is paid. A paid invoice cannot be voided.");
      case VOID -> throw new ValidationException(invoice.getNumber() + " is void already.");
      default -> {}
    }
    if (why == null) {
      throw new ValidationException("Say why the invoice is void.");
    }
    if (why.length() > REASON_CHARS) {
      throw new ValidationException("The reason has at most " + REASON_CHARS + " characters.");
    }
    invoice.voided(me.accountId(), clock.instant(), why);
    flows.voided(invoice);
    audit.record(me.workspaceId(), me.accountId(), "Invoice voided", invoiceId, why);
    if (invoice.getMailedAt() != null) {
      Statement s = statements.of(invoice);
      for (Contact to : contacts.of(invoice.getClientId())) {
        outbox.enqueue("invoice:" + invoiceId + ":void:" + to.email(), mails.voided(to, s));
      }
    }
  }

  /**
   * Records money received outside Portico (bank transfer, cash). Paid in full when it reaches the
   * total; a part leaves the invoice open; more than is open is refused.
   *
   * @param amount in major units of the invoice's currency (120.50)
   * @param reference optional (e.g. the bank's transaction id); recorded once per workspace
   */
  @Transactional
  public PaymentOutcome recordManualPayment(
      UUID invoiceId, BigDecimal amount, LocalDate receivedOn, String reference) {
    SessionUser me = currentUser.require();
    Invoice invoice = lockOwn(invoiceId, me);
    return book.payManually(
        invoice,
        amount,
        receivedOn,
        reference,
        me.accountId(),
        workspaces.policyOf(me.workspaceId()).zone());
  }

  /** Sort keys of {@link #page}: newest first is the default. */
  public static final String SORT_CREATED = "createdAt";

  public static final String SORT_CLIENT = "clientName";

  public static final String SORT_ISSUED = "issueDate";

  public static final String SORT_DUE = "dueDate";

  /** The workspace's invoices, newest first; only those in {@code status} unless it is null. */
  public List<InvoiceRow> list(InvoiceStatus status) {
    return page(status, Pageable.unpaged());
  }

  /**
   * One page of the workspace's invoices, only those in {@code status} unless it is null, sorted by
   * {@link #SORT_CREATED}, {@link #SORT_CLIENT}, {@link #SORT_ISSUED} or {@link #SORT_DUE} (newest
   * first when {@code page} is unsorted): one query whatever the page's size.
   *
   * @throws IllegalArgumentException when asked to sort by anything else
   */
  public List<InvoiceRow> page(InvoiceStatus status, Pageable page) {
    return rows.page(
        currentUser.require().workspaceId(), new InvoiceRows.Filter(status, null), page);
  }

  /** How many invoices {@link #page} pages through. */
  public int count(InvoiceStatus status) {
    return rows.count(currentUser.require().workspaceId(), new InvoiceRows.Filter(status, null));
  }

  /** One client company's invoices, drafts included, newest first. */
  public List<InvoiceRow> listForClient(UUID clientId) {
    SessionUser me = currentUser.require();
    client(clientId, me);
    return rows.page(me.workspaceId(), new InvoiceRows.Filter(null, clientId), Pageable.unpaged());
  }

  /** The client's projects, by name: those an invoice to this client may belong to. */
  public List<ProjectFacts.Facts> projectsOf(UUID clientId) {
    SessionUser me = currentUser.require();
    client(clientId, me);
    return projects.ofClient(me.workspaceId(), clientId);
  }

  /** An invoice with its lines, payments and history. */
  public InvoiceDetail detail(UUID invoiceId) {
    SessionUser me = currentUser.require();
    return views.detail(
        invoices
            .findByIdAndWorkspaceId(invoiceId, me.workspaceId())
            .orElseThrow(() -> new NotFoundException("Invoice")));
  }

  private void saveLines(Invoice invoice, DraftRules.Priced priced) {
    lines.saveAll(priced.lines().stream().map(l -> new InvoiceLine(invoice, l)).toList());
  }

  private void requireInvoicing(SessionUser me) {
    if (!workspaces.policyOf(me.workspaceId()).allows(Feature.INVOICES)) {
      throw new ValidationException("Your plan does not include invoices.");
    }
  }

  private Client client(UUID clientId, SessionUser me) {
    return clients
        .findByIdAndWorkspaceId(clientId, me.workspaceId())
        .orElseThrow(() -> new NotFoundException("Client"));
  }

  /** A project of another workspace is "not found"; of another client, a clear refusal. */
  private void checkProject(Client client, UUID projectId) {
    if (projectId == null) {
      return;
    }
    ProjectFacts.Facts project = projects.of(projectId);
    if (!project.workspaceId().equals(client.getWorkspaceId())) {
      throw new NotFoundException("Project");
    }
    if (!project.clientId().equals(client.getId())) {
      throw new ValidationException(
          "The project \""
              + project.name()
              + "\" is another client's. Choose one of "
              + client.getName()
              + "'s projects, or none.");
    }
  }

  private static void refuseIfSent(Invoice invoice) {
    if (!invoice.isDraft()) {
      throw new ValidationException(
          invoice.getNumber() + " is sent and locked: it cannot change any more. Void it instead.");
    }
  }

  private Invoice lockOwn(UUID invoiceId, SessionUser me) {
    return invoices
        .lockById(invoiceId)
        .filter(i -> i.getWorkspaceId().equals(me.workspaceId()))
        .orElseThrow(() -> new NotFoundException("Invoice"));
  }
}
