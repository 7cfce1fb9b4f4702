package dev.portico.shared.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default: an in-process Zeebe engine reachable over gRPC on a local port (chosen by
 * {@link EmbeddedEngineEnvironment}). Its state is in memory only; the domain is the source of
 * truth and flows are resumed from it after a restart (ARCHITECTURE.md §2).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portico.engine.mode", havingValue = "embedded")
class EmbeddedEngineConfig {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfig.class);

  @Bean(destroyMethod = "stop")
  ZeebeTestEngine embeddedEngine(Environment environment) {
    int port = environment.getRequiredProperty("portico.engine.embedded-port", Integer.class);
    ZeebeTestEngine engine = EngineFactory.create(port);
    engine.start();
    log.info("Embedded Zeebe engine listening on {}", engine.getGatewayAddress());
    return engine;
  }

  /** The client must not poll or deploy before the engine listens. */
  @Bean
  static BeanFactoryPostProcessor camundaClientAfterEmbeddedEngine() {
    return beanFactory -> {
      if (beanFactory instanceof BeanDefinitionRegistry registry) {
        for (String name : registry.getBeanDefinitionNames()) {
          if (name.equals("camundaClient")) {
            registry.getBeanDefinition(name).setDependsOn("embeddedEngine");
          }
        }
      }
    };
  }
}
