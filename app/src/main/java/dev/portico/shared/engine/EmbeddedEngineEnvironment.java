package dev.portico.shared.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the embedded engine, points the Camunda client at it: picks a free gRPC port when {@code
 * portico.engine.embedded-port} is 0 (tests) and sets {@code camunda.client.grpc-address}.
 */
public class EmbeddedEngineEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!"embedded".equalsIgnoreCase(environment.getProperty("portico.engine.mode", "embedded"))) {
      return;
    }
    int port = environment.getProperty("portico.engine.embedded-port", Integer.class, 0);
    if (port == 0) {
      port = freePort();
    }
    String address = "http://localhost:" + port;
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "portico-embedded-engine",
                Map.of(
                    "portico.engine.embedded-port",
                    port,
                    "camunda.client.grpc-address",
                    address,
                    "camunda.client.rest-address",
                    "http://localhost:" + port,
                    "camunda.client.prefer-rest-over-grpc",
                    false)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded engine", e);
    }
  }
}
