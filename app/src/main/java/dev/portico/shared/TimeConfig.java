package dev.portico.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PorticoProperties.class)
class TimeConfig {

  /** Time comes from this clock so tests can move it. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
