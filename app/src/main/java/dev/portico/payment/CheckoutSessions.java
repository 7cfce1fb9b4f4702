package dev.portico.payment;

import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CheckoutSessions extends JpaRepository<CheckoutSession, UUID> {

  Optional<CheckoutSession> findByStripeSessionId(String stripeSessionId);

  /** Every status change takes this lock first: events handled at once apply one after another. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from CheckoutSession s where s.stripeSessionId = :stripeSessionId")
  Optional<CheckoutSession> lockByStripeSessionId(String stripeSessionId);

  Optional<CheckoutSession> findFirstByInvoiceIdOrderByAttemptDesc(UUID invoiceId);

  boolean existsByInvoiceId(UUID invoiceId);

  boolean existsByInvoiceIdAndStatus(UUID invoiceId, CheckoutStatus status);

  /**
   * Records a session once: a request retried with the same idempotency key got the same session
   * from Stripe, and a second insert of it (or of its attempt) changes nothing.
   *
   * @return 1 if recorded now, 0 if it was recorded before
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          "insert into invoice_checkout (id, workspace_id, invoice_id, attempt, ui_mode,"
              + " stripe_session_id, amount_minor, currency, status, created_by, created_at,"
              + " updated_at) values (:id, :workspaceId, :invoiceId, :attempt, :uiMode,"
              + " :sessionId, :amountMinor, :currency, 'OPEN', :createdBy, :at, :at)"
              + " on conflict do nothing")
  int insertOnce(
      UUID id,
      UUID workspaceId,
      UUID invoiceId,
      int attempt,
      String uiMode,
      String sessionId,
      long amountMinor,
      String currency,
      UUID createdBy,
      Instant at);
}
