package dev.portico.invoice;

import dev.portico.identity.AccountAccess;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.MailOutbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes payments of an invoice its caller has locked: the payment row, the audit entry, and when
 * the invoice is paid in full its status and the invoice-paid message, all in one transaction.
 */
@Component
class PaymentBook {

  private static final Logger log = LoggerFactory.getLogger(PaymentBook.class);

  private final Payments payments;
  private final InvoiceFlows flows;
  private final Statements statements;
  private final InvoiceMails mails;
  private final MailOutbox outbox;
  private final AccountAccess people;
  private final AuditTrail audit;
  private final Clock clock;

  PaymentBook(
      Payments payments,
      InvoiceFlows flows,
      Statements statements,
      InvoiceMails mails,
      MailOutbox outbox,
      AccountAccess people,
      AuditTrail audit,
      Clock clock) {
    this.payments = payments;
    this.flows = flows;
    this.statements = statements;
    this.mails = mails;
    this.outbox = outbox;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Everything received for the invoice so far. */
  long paidSoFar(Invoice invoice) {
    return payments.findByInvoiceIdOrderByReceivedOnAscRecordedAtAsc(invoice.getId()).stream()
        .mapToLong(Payment::getAmountMinor)
        .sum();
  }

  boolean recorded(Invoice invoice, String reference) {
    return reference != null
        && payments.existsByWorkspaceIdAndReference(invoice.getWorkspaceId(), reference);
  }

  /**
   * Money staff received outside Portico, checked first: an open invoice, more than 0 and at most
   * what is open, received by today, a reference not recorded before.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  PaymentOutcome payManually(
      Invoice invoice,
      BigDecimal amount,
      LocalDate receivedOn,
      String reference,
      UUID recordedBy,
      ZoneId zone) {
    if (!invoice.isOpen()) {
      throw new ValidationException(
          switch (invoice.getStatus()) {
            case DRAFT -> "Send the invoice before recording payments.";
            case PAID -> invoice.getNumber() + " is paid in full already.";
            default -> invoice.getNumber() + " is void: it takes no payments.";
          });
    }
    if (amount == null || amount.signum() <= 0) {
      throw new ValidationException("Enter an amount more than 0.");
    }
    long minor = Amounts.toMinor(amount, invoice.getCurrency());
    long open = invoice.getTotalMinor() - paidSoFar(invoice);
    if (minor > open) {
      throw new ValidationException(
          "That is more than the open amount of "
              + Amounts.format(open, invoice.getCurrency())
              + ".");
    }
    if (receivedOn == null) {
      throw new ValidationException("Enter the date the payment was received.");
    }
    if (receivedOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
      throw new ValidationException("The payment date cannot be in the future.");
    }
    String ref = DraftRules.blankToNull(reference);
    if (ref != null && ref.length() > InvoiceBilling.REFERENCE_CHARS) {
      throw new ValidationException(
          "The reference has at most " + InvoiceBilling.REFERENCE_CHARS + " characters.");
    }
    if (recorded(invoice, ref)) {
      throw new ValidationException("A payment with reference " + ref + " is recorded already.");
    }
    return payOpen(invoice, minor, PaymentMethod.MANUAL, ref, receivedOn, recordedBy);
  }

  /**
   * Records a payment on an open invoice; paid in full when what was received reaches the total.
   * More than was open is kept and flagged for staff (an online payment cannot be refused).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  PaymentOutcome payOpen(
      Invoice invoice,
      long amountMinor,
      PaymentMethod method,
      String reference,
      LocalDate receivedOn,
      UUID recordedBy) {
    long open = invoice.getTotalMinor() - paidSoFar(invoice);
    boolean over = amountMinor > open;
    payments.save(
        new Payment(
            invoice,
            amountMinor,
            method,
            reference,
            receivedOn,
            recordedBy,
            clock.instant(),
            over));
    audit.record(
        invoice.getWorkspaceId(),
        recordedBy,
        "Payment recorded",
        invoice.getId(),
        describe(invoice, amountMinor, method, reference)
            + "; "
            + (over
                ? "paid in full"
                : Amounts.format(open - amountMinor, invoice.getCurrency()) + " still open"));
    if (amountMinor < open) {
      log.info("Invoice {}: partial payment recorded", invoice.getId());
      return outcome(PaymentOutcome.Result.PARTIALLY_PAID, invoice, open - amountMinor, false);
    }
    invoice.paid(clock.instant());
    flows.paid(invoice);
    log.info("Invoice {} paid in full", invoice.getId());
    if (over) {
      flag(
          invoice,
          reference,
          "Invoice %s (%s) was paid %s more than was open (%s). Refund or credit the difference."
              .formatted(
                  invoice.getNumber(),
                  describe(invoice, amountMinor, method, reference),
                  Amounts.format(amountMinor - open, invoice.getCurrency()),
                  Amounts.format(open, invoice.getCurrency())));
    }
    return outcome(PaymentOutcome.Result.PAID, invoice, 0, over);
  }

  /** Money for an invoice that is void or paid already: recorded, and staff are told. */
  @Transactional(propagation = Propagation.MANDATORY)
  PaymentOutcome payClosed(
      Invoice invoice, long amountMinor, PaymentMethod method, String reference, LocalDate on) {
    payments.save(
        new Payment(invoice, amountMinor, method, reference, on, null, clock.instant(), true));
    flag(
        invoice,
        reference,
        "%s was received for invoice %s, which is %s. Refund it or apply it elsewhere."
            .formatted(
                describe(invoice, amountMinor, method, reference),
                invoice.getNumber(),
                invoice.getStatus() == InvoiceStatus.VOID ? "void" : "paid already"));
    return outcome(PaymentOutcome.Result.RECORDED_FOR_REVIEW, invoice, 0, true);
  }

  /**
   * Something staff must look at: an audit entry on the invoice and a mail to the owner, once per
   * payment reference.
   *
   * @return whether it was flagged now (false: this reference was flagged before)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean flag(Invoice invoice, String reference, String what) {
    String key = "invoice:" + invoice.getId() + ":review:" + reference;
    boolean first =
        people
            .ownerOf(invoice.getWorkspaceId())
            .flatMap(people::emailOf)
            .map(
                owner ->
                    outbox.enqueue(key, mails.paymentToReview(owner, statements.of(invoice), what)))
            .orElse(true);
    if (first) {
      audit.record(invoice.getWorkspaceId(), null, "Payment needs review", invoice.getId(), what);
      log.warn("Invoice {}: payment {} needs review", invoice.getId(), reference);
    }
    return first;
  }

  static String describe(Invoice invoice, long amountMinor, PaymentMethod method, String ref) {
    return Amounts.format(amountMinor, invoice.getCurrency())
        + (method == PaymentMethod.ONLINE ? " paid online" : " received")
        + (ref == null ? "" : " (reference " + ref + ")");
  }

  private static PaymentOutcome outcome(
      PaymentOutcome.Result result, Invoice invoice, long open, boolean flagged) {
    return new PaymentOutcome(
        result, invoice.getId(), invoice.getNumber(), invoice.getStatus(), open, flagged);
  }
}
