package dev.portico.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Stripe in tests: test keys, and the SDK's API base pointed at this JVM's {@link StripeStub}.
 * Imported by {@link TestSupportConfig}, so every {@link IntegrationTest} and the ui module's
 * browser tests have online payment set up against the stub; sign webhook payloads with {@link
 * #WEBHOOK_SECRET} ({@link StripeEvents}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StripeTestConfig {

  public static final String SECRET_KEY = "sk_test_portico";
  public static final String PUBLISHABLE_KEY = "pk_test_portico";
  public static final String WEBHOOK_SECRET = "whsec_test_portico";

  @Bean
  static DynamicPropertyRegistrar stripeStubSettings() {
    return registry -> {
      registry.add("portico.stripe.secret-key", () -> SECRET_KEY);
      registry.add("portico.stripe.publishable-key", () -> PUBLISHABLE_KEY);
      registry.add("portico.stripe.webhook-secret", () -> WEBHOOK_SECRET);
      registry.add("portico.stripe.api-base", () -> StripeStub.instance().baseUrl());
    };
  }

  /** The stub, to inject; it lives as long as the JVM (contexts come and go). */
  @Bean(destroyMethod = "")
  StripeStub stripeStub() {
    return StripeStub.instance();
  }
}
