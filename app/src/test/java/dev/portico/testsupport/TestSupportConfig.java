package dev.portico.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
@Import({Fixtures.class, StripeTestConfig.class})
public class TestSupportConfig {

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock();
  }
}
