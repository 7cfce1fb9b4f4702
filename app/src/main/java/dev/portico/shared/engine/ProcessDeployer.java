package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model under {@code processes/} at start-up. The engine keeps an unchanged model's
 * version and creates a new version for a changed one; running instances stay on theirs.
 */
@Component
public class ProcessDeployer {

  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
  static final String LOCATION = "classpath*:processes/*.bpmn";
  private static final int ATTEMPTS = 30;
  private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

  private final CamundaClient client;

  ProcessDeployer(CamundaClient client) {
    this.client = client;
  }

  public void deployAll() {
    Resource[] models = models();
    if (models.length == 0) {
      log.warn("No process models found at {}", LOCATION);
      return;
    }
    DeployResourceCommandStep2 command = null;
    for (Resource model : models) {
      try {
        byte[] bytes = model.getContentAsByteArray();
        command =
            command == null
                ? client.newDeployResourceCommand().addResourceBytes(bytes, model.getFilename())
                : command.addResourceBytes(bytes, model.getFilename());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read process model " + model, e);
      }
    }
    var deployment = sendWithRetries(command.requestTimeout(Duration.ofSeconds(30)));
    deployment
        .getProcesses()
        .forEach(
            p ->
                log.info(
                    "Process {} deployed as version {} ({})",
                    p.getBpmnProcessId(),
                    p.getVersion(),
                    p.getProcessDefinitionKey()));
  }

  /** The engine may still be starting (or reconnecting): retry for a while before giving up. */
  private static DeploymentEvent sendWithRetries(FinalCommandStep<DeploymentEvent> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.send().join();
      } catch (ClientStatusException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        log.info(
            "Engine not reachable yet ({}); deploying again in {} ms",
            e.getMessage(),
            RETRY_DELAY.toMillis());
        try {
          Thread.sleep(RETRY_DELAY);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  static Resource[] models() {
    try {
      return new PathMatchingResourcePatternResolver().getResources(LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
