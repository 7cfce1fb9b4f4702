package dev.portico.payment;

/**
 * A webhook request that is not a genuine, fresh Stripe event: no or a wrong signature, a stale
 * timestamp, an unreadable body, or no webhook secret configured. Answer it with HTTP 400; nothing
 * was changed.
 */
public class StripeWebhookRejected extends RuntimeException {

  public StripeWebhookRejected(String message) {
    super(message);
  }

  public StripeWebhookRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
