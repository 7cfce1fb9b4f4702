package dev.portico.payment.ui;

import dev.portico.payment.StripeWebhookRejected;
import dev.portico.payment.StripeWebhooks;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Stripe's webhook endpoint. No one is signed in: the {@code Stripe-Signature} over the raw body is
 * the only credential ({@link StripeWebhooks} verifies it). 200 for an event handled, seen before
 * or not acted on (so Stripe stops retrying); 400 for a request that is not a genuine event. No
 * session, no CSRF token ({@code SecurityConfig}).
 */
@Controller
class StripeWebhookController {

  static final String PATH = "/webhooks/stripe";

  private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

  private final StripeWebhooks webhooks;

  StripeWebhookController(StripeWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @PostMapping(PATH)
  ResponseEntity<String> receive(
      // The bytes as sent: the signature covers them, so no converter may reinterpret them.
      @RequestBody(required = false) byte[] body,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    try {
      StripeWebhooks.Outcome outcome =
          webhooks.handle(
              body == null ? null : new String(body, StandardCharsets.UTF_8), signature);
      return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(outcome.name());
    } catch (StripeWebhookRejected e) {
      log.warn("Stripe webhook rejected: {}", e.getMessage());
      return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Rejected");
    }
  }
}
