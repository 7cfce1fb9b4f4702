package dev.portico.invoice;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online payment of invoices, the contract the payment integration (Stripe) codes against: what the
 * signed-in client may pay, and recording a payment its verified webhook reports.
 */
@Service
public class InvoicePayments {

  /**
   * What a checkout needs to charge the client for an invoice.
   *
   * @param openAmountMinor what is open, in minor units of {@code currency} (cents; yen for JPY)
   * @param clientEmail the signed-in contact's email (for the receipt of the payment provider)
   */
  public record PayableInvoice(
      UUID invoiceId,
      UUID workspaceId,
      String number,
      String currency,
      long openAmountMinor,
      String clientEmail,
      String workspaceName) {}

  private final Invoices invoices;
  private final PaymentBook book;
  private final WorkspaceSettings workspaces;
  private final CurrentUser currentUser;
  private final Clock clock;

  InvoicePayments(
      Invoices invoices,
      PaymentBook book,
      WorkspaceSettings workspaces,
      CurrentUser currentUser,
      Clock clock) {
    this.invoices = invoices;
    this.book = book;
    this.workspaces = workspaces;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * The invoice, if the signed-in client contact may pay it now: its own company's, sent or
   * overdue, with an open amount. Empty for anything else (another company's, a draft, paid, void).
   */
  @PreAuthorize("hasRole('CLIENT')")
  @Transactional(readOnly = true)
  @ClientRead
  public Optional<PayableInvoice> payableForCurrentClient(UUID invoiceId) {
    SessionUser me = currentUser.require();
    return invoices
        .findByIdAndWorkspaceId(invoiceId, me.workspaceId())
        .filter(i -> i.getClientId().equals(me.clientId()) && i.isOpen())
        .map(
            i ->
                new PayableInvoice(
                    i.getId(),
                    i.getWorkspaceId(),
                    i.getNumber(),
                    i.getCurrency(),
                    i.getTotalMinor() - book.paidSoFar(i),
                    me.email(),
                    workspaces.policyOf(i.getWorkspaceId()).branding().agencyName()))
        .filter(p -> p.openAmountMinor() > 0);
  }

  /**
   * Records a payment the payment provider confirmed (a verified webhook; no one is signed in, and
   * a signed-in person is refused). Idempotent on {@code reference}: a webhook delivered twice
   * records once. Paid in full makes the invoice Paid and tells the dunning flow in the same
   * transaction (receipt, no more reminders). Money for a void or paid invoice, or more than was
   * open, is recorded and flagged for staff; another currency is not recorded, and flagged.
   *
   * @param amountMinor in minor units of {@code currency}
   * @param reference the provider's id of the payment (e.g. a Stripe PaymentIntent id)
   * @throws NotFoundException for an unknown invoice id (or a draft, which no client can pay)
   */
  @Transactional
  public PaymentOutcome recordOnlinePayment(
      UUID invoiceId, long amountMinor, String currency, String reference) {
    if (currentUser.get().isPresent()) {
      throw new AccessDeniedException(
          "Online payments are recorded from the payment provider's webhook only");
    }
    String ref = DraftRules.blankToNull(reference);
    if (ref == null || ref.length() > InvoiceBilling.REFERENCE_CHARS) {
      throw new IllegalArgumentException("A payment reference of 1 to 200 characters is required");
    }
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("A payment amount must be more than 0: " + amountMinor);
    }
    Invoice invoice =
        invoices
            .lockById(invoiceId)
            .filter(i -> !i.isDraft())
            .orElseThrow(() -> new NotFoundException("Invoice"));
    if (book.recorded(invoice, ref)) {
      return new PaymentOutcome(
          PaymentOutcome.Result.ALREADY_RECORDED,
          invoice.getId(),
          invoice.getNumber(),
          invoice.getStatus(),
          invoice.isOpen() ? invoice.getTotalMinor() - book.paidSoFar(invoice) : 0,
          false);
    }
    if (currency == null || !invoice.getCurrency().equals(currency.toUpperCase(Locale.ROOT))) {
      book.flag(
          invoice,
          ref,
          "An online payment of %s (reference %s) was not recorded: invoice %s is in %s. Refund it."
              .formatted(
                  Amounts.supported(currency)
                      ? Amounts.format(amountMinor, currency)
                      : amountMinor + " minor units of " + currency,
                  ref,
                  invoice.getNumber(),
                  invoice.getCurrency()));
      return new PaymentOutcome(
          PaymentOutcome.Result.CURRENCY_MISMATCH,
          invoice.getId(),
          invoice.getNumber(),
          invoice.getStatus(),
          invoice.isOpen() ? invoice.getTotalMinor() - book.paidSoFar(invoice) : 0,
          true);
    }
    WorkspacePolicy policy = workspaces.policyOf(invoice.getWorkspaceId());
    LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
    return invoice.isOpen()
        ? book.payOpen(invoice, amountMinor, PaymentMethod.ONLINE, ref, today, null)
        : book.payClosed(invoice, amountMinor, PaymentMethod.ONLINE, ref, today);
  }
}
