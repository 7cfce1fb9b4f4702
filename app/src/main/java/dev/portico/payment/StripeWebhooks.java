package dev.portico.payment;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import dev.portico.invoice.InvoicePayments;
import dev.portico.invoice.PaymentOutcome;
import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's webhook events about Checkout Sessions (endpoint {@code POST /webhooks/stripe}): a
 * verified event records the payment ({@link InvoicePayments#recordOnlinePayment}, which marks the
 * invoice paid and tells the dunning flow) or moves the checkout's status. Runs with no one signed
 * in.
 *
 * <p>Each event id is handled once: it is stored in the transaction of the change it causes, so a
 * redelivery changes nothing. Events may arrive in any order; a checkout's status only moves
 * forward and a payment is recorded once per PaymentIntent, so the end state is the same.
 */
@Service
public class StripeWebhooks {

  /** What became of an event. */
  public enum Outcome {
    /** The event changed Portico's state (a payment recorded, a checkout's status moved). */
    HANDLED,
    /** This event id was handled before: nothing changed. */
    DUPLICATE,
    /** Not an event Portico acts on (another type, an unknown invoice): stored, nothing else. */
    IGNORED
  }

  static final String COMPLETED = "checkout.session.completed";
  static final String ASYNC_SUCCEEDED = "checkout.session.async_payment_succeeded";
  static final String ASYNC_FAILED = "checkout.session.async_payment_failed";
  static final String EXPIRED = "checkout.session.expired";

  private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

  private final StripeSettings settings;
  private final CheckoutLedger ledger;
  private final InvoicePayments payments;
  private final TransactionTemplate tx;

  StripeWebhooks(
      StripeSettings settings,
      CheckoutLedger ledger,
      InvoicePayments payments,
      TransactionTemplate tx) {
    this.settings = settings;
    this.ledger = ledger;
    this.payments = payments;
    this.tx = tx;
  }

  /**
   * Verifies and handles one webhook request.
   *
   * @param payload the request body exactly as received (the signature covers its bytes)
   * @param signatureHeader the {@code Stripe-Signature} header
   * @throws StripeWebhookRejected for a missing, forged, stale or wrong-secret signature, an
   *     unreadable body, or when no webhook secret is configured; answer HTTP 400
   */
  public Outcome handle(String payload, String signatureHeader) {
    Event event = verified(payload, signatureHeader);
    Outcome outcome = tx.execute(status -> apply(event));
    log.info("Stripe event {} ({}): {}", event.getId(), event.getType(), outcome);
    return outcome;
  }

  private Event verified(String payload, String signatureHeader) {
    if (!settings.webhooksConfigured()) {
      throw new StripeWebhookRejected(
          "Stripe webhooks are not set up: no webhook signing secret (STRIPE_WEBHOOK_SECRET)");
    }
    if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
      throw new StripeWebhookRejected("No Stripe-Signature header");
    }
    Event event;
    try {
      event = Webhook.constructEvent(payload, signatureHeader, settings.webhookSecret());
    } catch (SignatureVerificationException e) {
      throw new StripeWebhookRejected("Invalid Stripe signature: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // a signed body that is not an event (JSON syntax): not a genuine Stripe event
      throw new StripeWebhookRejected("Unreadable Stripe event: " + e.getMessage(), e);
    }
    if (event.getId() == null || event.getId().isBlank()) {
      throw new StripeWebhookRejected("A Stripe event without an id");
    }
    return event;
  }

  private Outcome apply(Event event) {
    if (!ledger.firstDelivery(event.getId(), event.getType())) {
      return Outcome.DUPLICATE;
    }
    Result result =
        switch (String.valueOf(event.getType())) {
          case COMPLETED, ASYNC_SUCCEEDED, ASYNC_FAILED, EXPIRED -> onSession(event);
          default -> new Result(Outcome.IGNORED, "not an event Portico acts on");
        };
    if (result.outcome() == Outcome.IGNORED) {
      log.info("Stripe event {} ({}) ignored: {}", event.getId(), event.getType(), result.why());
    }
    ledger.eventOutcome(event.getId(), result.outcome() + ": " + result.why());
    return result.outcome();
  }

  private record Result(Outcome outcome, String why) {}

  private Result onSession(Event event) {
    Optional<StripeSession> read = session(event);
    if (read.isEmpty()) {
      log.warn("Stripe event {} ({}): no Checkout Session in it", event.getId(), event.getType());
      return new Result(Outcome.IGNORED, "no Checkout Session in the event");
    }
    StripeSession session = read.get();
    if (session.mode() != null && !"payment".equals(session.mode())) {
      return new Result(Outcome.IGNORED, "a " + session.mode() + " session, not a payment");
    }
    Optional<UUID> invoiceId = session.invoiceId();
    Optional<CheckoutSession> recorded =
        session.id() == null ? Optional.empty() : ledger.session(session.id());
    if (invoiceId.isEmpty()
        || !ledger.knows(invoiceId.get())
        || recorded.filter(r -> !r.getInvoiceId().equals(invoiceId.get())).isPresent()) {
      log.warn(
          "Stripe event {} ({}): session {} is for no invoice Portico knows ({})",
          event.getId(),
          event.getType(),
          session.id(),
          session.metadata().getOrDefault(StripeSession.INVOICE_ID, session.clientReferenceId()));
      return new Result(Outcome.IGNORED, "unknown invoice");
    }
    return switch (event.getType()) {
      case COMPLETED ->
          "unpaid".equals(session.paymentStatus())
              ? move(session, CheckoutStatus.PROCESSING)
              : pay(invoiceId.get(), session, event);
      case ASYNC_SUCCEEDED -> pay(invoiceId.get(), session, event);
      case ASYNC_FAILED -> move(session, CheckoutStatus.FAILED);
      default -> move(session, CheckoutStatus.EXPIRED);
    };
  }

  private Result move(StripeSession session, CheckoutStatus status) {
    Optional<CheckoutStatus> now = ledger.moveTo(session.id(), status);
    return new Result(
        Outcome.HANDLED,
        now.map(s -> "checkout " + s).orElse("session not recorded, nothing to move"));
  }

  private Result pay(UUID invoiceId, StripeSession session, Event event) {
    if (session.amountTotal() == null || session.amountTotal() <= 0) {
      return invalid(event, "no amount");
    }
    if (session.currency() == null || session.currency().isBlank()) {
      return invalid(event, "no currency");
    }
    String reference = session.paymentIntent() == null ? session.id() : session.paymentIntent();
    if (reference == null || reference.isBlank() || reference.length() > 200) {
      return invalid(event, "no payment reference");
    }
    PaymentOutcome paid =
        payments.recordOnlinePayment(
            invoiceId, session.amountTotal(), session.currency(), reference);
    ledger.moveTo(session.id(), CheckoutStatus.PAID);
    return new Result(Outcome.HANDLED, "payment " + paid.result());
  }

  private static Result invalid(Event event, String what) {
    log.error(
        "Stripe event {} ({}) reports a payment with {}: not recorded",
        event.getId(),
        event.getType(),
        what);
    return new Result(Outcome.IGNORED, "payment with " + what);
  }

  /**
   * The event's Checkout Session. The SDK gives the typed object only when the event's API version
   * is its own; otherwise the session is read from the event's raw JSON.
   */
  static Optional<StripeSession> session(Event event) {
    EventDataObjectDeserializer data = event.getDataObjectDeserializer();
    try {
      // getObject() throws for an event without api_version (SDK 31), hence inside the try
      Optional<StripeObject> typed = data.getObject();
      if (typed.isPresent() && typed.get() instanceof Session s) {
        return Optional.of(StripeSession.from(s));
      }
      if (data.deserializeUnsafe() instanceof Session s) {
        return Optional.of(StripeSession.from(s));
      }
    } catch (EventDataObjectDeserializationException | RuntimeException e) {
      log.debug("Event {}: reading the session from raw JSON ({})", event.getId(), e.getMessage());
    }
    try {
      if (JsonParser.parseString(data.getRawJson()) instanceof JsonObject raw
          && "checkout.session"
              .equals(raw.has("object") ? raw.get("object").getAsString() : null)) {
        return Optional.of(StripeSession.fromJson(raw));
      }
    } catch (RuntimeException e) {
      log.warn("Event {}: unreadable data.object ({})", event.getId(), e.getMessage());
    }
    return Optional.empty();
  }
}
