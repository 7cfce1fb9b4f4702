package dev.portico.payment;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.stripe.model.checkout.Session;
import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Portico reads of a Stripe Checkout Session, from the SDK's model (API calls) or from an
 * event's raw JSON (webhooks of another API version than the SDK's).
 *
 * @param status {@code open}, {@code complete} or {@code expired}
 * @param paymentStatus {@code paid}, {@code unpaid} or {@code no_payment_required}
 * @param amountTotal in minor units of {@code currency}
 * @param currency lower case, as Stripe writes it
 * @param paymentIntent the id of the session's PaymentIntent, once there is one
 */
record StripeSession(
    String id,
    String mode,
    String status,
    String paymentStatus,
    String clientSecret,
    String url,
    Long amountTotal,
    String currency,
    String paymentIntent,
    String clientReferenceId,
    Map<String, String> metadata) {

  static final String INVOICE_ID = "invoice_id";
  static final String WORKSPACE_ID = "workspace_id";
  static final String ATTEMPT = "attempt";

  StripeSession {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  static StripeSession from(Session s) {
    return new StripeSession(
        s.getId(),
        s.getMode(),
        s.getStatus(),
        s.getPaymentStatus(),
        s.getClientSecret(),
        s.getUrl(),
        s.getAmountTotal(),
        s.getCurrency(),
        s.getPaymentIntent(),
        s.getClientReferenceId(),
        withoutNulls(s.getMetadata()));
  }

  static StripeSession fromJson(JsonObject s) {
    Map<String, String> metadata = new HashMap<>();
    if (s.get("metadata") instanceof JsonObject m) {
      m.entrySet().stream()
          .filter(e -> e.getValue().isJsonPrimitive())
          .forEach(e -> metadata.put(e.getKey(), e.getValue().getAsString()));
    }
    JsonElement amount = s.get("amount_total");
    JsonElement intent = s.get("payment_intent");
    return new StripeSession(
        text(s, "id"),
        text(s, "mode"),
        text(s, "status"),
        text(s, "payment_status"),
        text(s, "client_secret"),
        text(s, "url"),
        amount == null || amount.isJsonNull() ? null : amount.getAsLong(),
        text(s, "currency"),
        intent instanceof JsonObject expanded ? text(expanded, "id") : text(s, "payment_intent"),
        text(s, "client_reference_id"),
        metadata);
  }

  /** What the session says about the payment. */
  CheckoutStatus checkoutStatus() {
    if ("expired".equals(status)) {
      return CheckoutStatus.EXPIRED;
    }
    if ("complete".equals(status)) {
      return "unpaid".equals(paymentStatus) ? CheckoutStatus.PROCESSING : CheckoutStatus.PAID;
    }
    return CheckoutStatus.OPEN;
  }

  /** The invoice it pays: metadata {@code invoice_id}, else the client reference id. */
  Optional<UUID> invoiceId() {
    String id = metadata.getOrDefault(INVOICE_ID, clientReferenceId);
    try {
      return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  private static Map<String, String> withoutNulls(Map<String, String> map) {
    Map<String, String> copy = new HashMap<>();
    if (map != null) {
      map.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(k, v);
            }
          });
    }
    return copy;
  }
}
