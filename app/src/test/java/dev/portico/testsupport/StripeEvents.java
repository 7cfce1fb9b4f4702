package dev.portico.testsupport;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.Stripe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook requests as Stripe sends them, built from Stripe's own published example objects ({@code
 * stripe/fixtures.json}: {@code event}, {@code checkout.session}, …) and signed like Stripe signs
 * them ({@code Stripe-Signature: t=…,v1=HMAC-SHA256(secret, t + "." + payload)}).
 *
 * <pre>{@code
 * JsonObject session = stripe.complete(checkout.sessionId(), "paid");
 * Delivery d = StripeEvents.event("checkout.session.completed", session).signed();
 * webhooks.handle(d.payload(), d.signature());
 * }</pre>
 */
public final class StripeEvents {

  /** A webhook request: the body and its {@code Stripe-Signature} header. */
  public record Delivery(String eventId, String payload, String signature) {}

  /** An event to send: change it, then sign it. */
  public static final class Draft {

    private final JsonObject event;

    private Draft(JsonObject event) {
      this.event = event;
    }

    public String id() {
      return event.get("id").getAsString();
    }

    /** The event's id (Stripe sends the same id again when it redelivers). */
    public Draft id(String id) {
      event.addProperty("id", id);
      return this;
    }

    /** The API version the event was rendered in (the SDK types objects only for its own). */
    public Draft apiVersion(String version) {
      event.addProperty("api_version", version);
      return this;
    }

    public JsonObject json() {
      return event.deepCopy();
    }

    /** Signed now with the test secret. */
    public Delivery signed() {
      return signed(StripeTestConfig.WEBHOOK_SECRET, Instant.now());
    }

    public Delivery signed(String secret, Instant at) {
      String payload = GSON.toJson(event);
      return new Delivery(id(), payload, signature(payload, secret, at));
    }
  }

  private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();
  private static final JsonObject FIXTURES = load();

  private StripeEvents() {}

  /** A fresh copy of one of Stripe's published example objects, e.g. {@code checkout.session}. */
  public static JsonObject fixture(String name) {
    JsonObject o = FIXTURES.getAsJsonObject(name);
    if (o == null) {
      throw new IllegalArgumentException("No Stripe fixture " + name);
    }
    return o.deepCopy();
  }

  /**
   * An event of {@code type} about {@code object}, with a fresh id, in the SDK's API version. Built
   * from the published {@code event} fixture.
   */
  public static Draft event(String type, JsonObject object) {
    JsonObject e = fixture("event");
    e.addProperty("id", "evt_test_" + UUID.randomUUID().toString().replace("-", ""));
    e.addProperty("type", type);
    e.addProperty("created", Instant.now().getEpochSecond());
    e.addProperty("api_version", Stripe.API_VERSION);
    JsonObject data = new JsonObject();
    data.add("object", object.deepCopy());
    e.add("data", data);
    return new Draft(e);
  }

  /**
   * A Checkout Session no stub created (the published fixture) with these fields: {@code status},
   * {@code payment_status}, {@code amount_total}, {@code currency}, {@code payment_intent}, {@code
   * metadata}.
   */
  public static JsonObject session(
      String status,
      String paymentStatus,
      long amountTotal,
      String currency,
      String paymentIntent,
      Map<String, String> metadata) {
    JsonObject s = fixture("checkout.session");
    s.addProperty("id", "cs_test_" + UUID.randomUUID().toString().replace("-", ""));
    s.addProperty("status", status);
    s.addProperty("payment_status", paymentStatus);
    s.addProperty("amount_total", amountTotal);
    s.addProperty("amount_subtotal", amountTotal);
    s.addProperty("currency", currency);
    s.addProperty("payment_intent", paymentIntent);
    JsonObject m = new JsonObject();
    metadata.forEach(m::addProperty);
    s.add("metadata", m);
    return s;
  }

  /** {@code t=<at>,v1=<HMAC-SHA256 of "t.payload" with secret>}, as Stripe signs. */
  public static String signature(String payload, String secret, Instant at) {
    long t = at.getEpochSecond();
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] v1 = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(v1);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject load() {
    try (InputStream in = StripeEvents.class.getResourceAsStream("/stripe/fixtures.json")) {
      if (in == null) {
        throw new IllegalStateException("stripe/fixtures.json is not on the test classpath");
      }
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
