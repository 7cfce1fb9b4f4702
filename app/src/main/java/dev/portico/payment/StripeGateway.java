package dev.portico.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.checkout.SessionCreateParams;
import org.springframework.stereotype.Component;

/**
 * Portico's calls to Stripe's API, with a client of its own (key and API base from {@link
 * StripeSettings}), so nothing depends on the SDK's global settings.
 */
@Component
class StripeGateway {

  private final StripeClient client;

  StripeGateway(StripeSettings settings) {
    if (settings.configured()) {
      StripeClient.StripeClientBuilder builder =
          StripeClient.builder().setApiKey(settings.secretKey()).setMaxNetworkRetries(2);
      if (StripeSettings.present(settings.apiBase())) {
        builder.setApiBase(settings.apiBase().replaceAll("/+$", ""));
      }
      this.client = builder.build();
    } else {
      this.client = null;
    }
  }

  /**
   * Creates a Checkout Session; the same {@code idempotencyKey} answers the same session (for 24
   * hours at Stripe), so a retry never creates two.
   */
  StripeSession create(SessionCreateParams params, String idempotencyKey) throws StripeException {
    RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    return StripeSession.from(client().v1().checkout().sessions().create(params, options));
  }

  StripeSession retrieve(String sessionId) throws StripeException {
    return StripeSession.from(client().v1().checkout().sessions().retrieve(sessionId));
  }

  /** Ends an open session, so it can no longer be paid. */
  StripeSession expire(String sessionId) throws StripeException {
    return StripeSession.from(client().v1().checkout().sessions().expire(sessionId));
  }

  private StripeClient client() {
    if (client == null) {
      throw new IllegalStateException("Stripe is not configured (STRIPE_SECRET_KEY)");
    }
    return client;
  }
}
