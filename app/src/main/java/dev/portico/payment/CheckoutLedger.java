package dev.portico.payment;

import dev.portico.invoice.InvoicePayments.PayableInvoice;
import dev.portico.payment.CheckoutSession.UiMode;
import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portico's record of its Checkout Sessions (table {@code invoice_checkout}) and of the webhook
 * events it handled (table {@code stripe_event}).
 */
@Component
class CheckoutLedger {

  private final CheckoutSessions sessions;
  private final JdbcClient jdbc;
  private final Clock clock;

  CheckoutLedger(CheckoutSessions sessions, JdbcClient jdbc, Clock clock) {
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The invoice's latest session. */
  @Transactional(readOnly = true)
  Optional<CheckoutSession> latest(UUID invoiceId) {
    return sessions.findFirstByInvoiceIdOrderByAttemptDesc(invoiceId);
  }

  @Transactional(readOnly = true)
  Optional<CheckoutSession> session(String stripeSessionId) {
    return sessions.findByStripeSessionId(stripeSessionId);
  }

  /** Portico started a checkout for this invoice at some point. */
  @Transactional(readOnly = true)
  boolean knows(UUID invoiceId) {
    return sessions.existsByInvoiceId(invoiceId);
  }

  /** A delayed payment (e.g. a bank debit) of the invoice is under way. */
  @Transactional(readOnly = true)
  boolean processing(UUID invoiceId) {
    return sessions.existsByInvoiceIdAndStatus(invoiceId, CheckoutStatus.PROCESSING);
  }

  /** Records a new session (once, whatever retries happened). */
  @Transactional
  void record(
      PayableInvoice invoice, int attempt, UiMode mode, String stripeSessionId, UUID createdBy) {
    sessions.insertOnce(
        UUID.randomUUID(),
        invoice.workspaceId(),
        invoice.invoiceId(),
        attempt,
        mode.name(),
        stripeSessionId,
        invoice.openAmountMinor(),
        invoice.currency().toUpperCase(Locale.ROOT),
        createdBy,
        clock.instant());
  }

  /**
   * Moves the session's status on, if that is forward ({@link CheckoutSession#moveTo}).
   *
   * @return the status afterwards; empty for a session Portico did not record
   */
  @Transactional
  Optional<CheckoutStatus> moveTo(String stripeSessionId, CheckoutStatus status) {
    return sessions
        .lockByStripeSessionId(stripeSessionId)
        .map(
            s -> {
              s.moveTo(status, clock.instant());
              return s.getStatus();
            });
  }

  /**
   * Notes a webhook event as received, in the caller's transaction.
   *
   * @return false if this event id was received before (a redelivery): handle it no more
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean firstDelivery(String eventId, String type) {
    return jdbc.sql(
                "insert into stripe_event (event_id, type, received_at, outcome)"
                    + " values (?, ?, ?, 'RECEIVED') on conflict do nothing")
            .params(eventId, type == null ? "unknown" : type, Timestamp.from(clock.instant()))
            .update()
        == 1;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void eventOutcome(String eventId, String outcome) {
    jdbc.sql("update stripe_event set outcome = ? where event_id = ?")
        .params(outcome, eventId)
        .update();
  }
}
