package dev.portico.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Stripe account Portico takes payments with (environment variables {@code STRIPE_SECRET_KEY},
 * {@code STRIPE_PUBLISHABLE_KEY}, {@code STRIPE_WEBHOOK_SECRET}). Without keys online payment is
 * off and clients are told to pay by bank transfer.
 *
 * @param secretKey the API key Portico calls Stripe with ({@code sk_live_…}, {@code sk_test_…})
 * @param publishableKey the key Stripe.js uses in the client's browser ({@code pk_…})
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_…}); without it
 *     every webhook is refused
 * @param apiBase another address for Stripe's API (a local stub in tests); empty: Stripe itself
 */
@ConfigurationProperties("portico.stripe")
public record StripeSettings(
    String secretKey, String publishableKey, String webhookSecret, String apiBase) {

  /** Checkout can start: the secret and the publishable key are both set. */
  public boolean configured() {
    return present(secretKey) && present(publishableKey);
  }

  /** Webhooks can be verified: the endpoint's signing secret is set. */
  public boolean webhooksConfigured() {
    return present(webhookSecret);
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "StripeSettings[configured=%s, webhooks=%s, apiBase=%s]"
        .formatted(configured(), webhooksConfigured(), apiBase);
  }
}
