package dev.portico.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfig {

  private static final Logger log = LoggerFactory.getLogger(StripeConfig.class);

  StripeConfig(StripeSettings settings) {
    if (!settings.configured()) {
      log.info(
          "Online payment is off: set STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY to take"
              + " payments with Stripe (docs/payments.md)");
    } else if (!settings.webhooksConfigured()) {
      log.warn(
          "Stripe keys are set but STRIPE_WEBHOOK_SECRET is not: payments cannot be recorded"
              + " until the webhook endpoint's signing secret is set (docs/payments.md)");
    }
  }
}
