package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the process models at start-up: the bundled model of each process under {@code
 * processes/}, or instead the version its owner uploaded and left active (decision 024). The engine
 * keeps an unchanged model's version and creates a new version for a changed one; running instances
 * stay on theirs.
 */
@Component
public class ProcessDeployer {

  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
  static final String LOCATION = "classpath*:processes/*.bpmn";
  private static final int ATTEMPTS = 30;
  private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

  /** The version of a process new flows start on, and where its model came from. */
  public record Deployed(int version, long definitionKey, UUID uploadedModelId) {

    public boolean bundled() {
      return uploadedModelId == null;
    }
  }

  private final CamundaClient client;
  private final ProcessModelStore uploads;
  private final ProcessModelRules rules;
  private final Clock clock;
  private final Map<String, Deployed> current = new ConcurrentHashMap<>();

  ProcessDeployer(
      CamundaClient client, ProcessModelStore uploads, ProcessModelRules rules, Clock clock) {
    this.client = client;
    this.uploads = uploads;
    this.rules = rules;
    this.clock = clock;
  }

  public void deployAll() {
    Map<String, byte[]> bundled = rules.bundled();
    if (bundled.isEmpty()) {
      log.warn("No process models found at {}", LOCATION);
      return;
    }
    Map<String, byte[]> models = new LinkedHashMap<>(bundled);
    Map<String, UUID> uploaded = new LinkedHashMap<>();
    for (ProcessModelStore.StoredModel model : uploads.active()) {
      if (!bundled.containsKey(model.processId())) {
        continue;
      }
      var validated = rules.validator().validate(model.content());
      if (validated.valid()) {
        models.put(model.processId(), model.content());
        uploaded.put(model.processId(), model.id());
      } else {
        // This Portico no longer fits the owner's model (an upgrade renamed a step or a worker):
        // new flows run on the bundled model until the owner uploads a fitting one.
        String problems =
            String.join("; ", validated.problems().stream().map(ModelProblem::toString).toList());
        log.warn(
            "Uploaded model {} of {} no longer fits; deploying the bundled model: {}",
            model.id(),
            model.processId(),
            problems);
        uploads.startupProblem(model.id(), problems);
      }
    }
    DeploymentEvent deployment;
    try {
      deployment = deploy(models);
    } catch (ClientStatusException e) {
      if (uploaded.isEmpty() || e.getStatusCode() != io.grpc.Status.Code.INVALID_ARGUMENT) {
        throw e;
      }
      log.warn("The engine refused an uploaded model; deploying the bundled models", e);
      uploaded.values().forEach(id -> uploads.startupProblem(id, "The engine refused it: " + e));
      uploaded.clear();
      deployment = deploy(bundled);
    }
    for (Process p : deployment.getProcesses()) {
      UUID modelId = uploaded.get(p.getBpmnProcessId());
      current.put(
          p.getBpmnProcessId(), new Deployed(p.getVersion(), p.getProcessDefinitionKey(), modelId));
      if (modelId != null) {
        uploads.deployed(modelId, p.getVersion(), p.getProcessDefinitionKey(), clock.instant());
      }
      log.info(
          "Process {} deployed as version {} ({}, {})",
          p.getBpmnProcessId(),
          p.getVersion(),
          p.getProcessDefinitionKey(),
          modelId == null ? "bundled" : "uploaded model " + modelId);
    }
  }

  /**
   * Deploys one model now (an owner's upload or roll-back). The engine answers with the existing
   * version when the content equals its latest one.
   */
  Process deploy(String processId, byte[] content, UUID uploadedModelId) {
    DeploymentEvent deployment = deploy(Map.of(processId, content));
    Process p = deployment.getProcesses().getFirst();
    Deployed before = current.get(processId);
    if (before == null || before.definitionKey() != p.getProcessDefinitionKey()) {
      current.put(
          processId, new Deployed(p.getVersion(), p.getProcessDefinitionKey(), uploadedModelId));
    }
    return p;
  }

  /** The version new flows of the process start on, as far as this Portico deployed it. */
  public Optional<Deployed> current(String processId) {
    return Optional.ofNullable(current.get(processId));
  }

  private DeploymentEvent deploy(Map<String, byte[]> models) {
    DeployResourceCommandStep2 command = null;
    for (var model : models.entrySet()) {
      String fileName = model.getKey() + ".bpmn";
      command =
          command == null
              ? client.newDeployResourceCommand().addResourceBytes(model.getValue(), fileName)
              : command.addResourceBytes(model.getValue(), fileName);
    }
    return sendWithRetries(command.requestTimeout(Duration.ofSeconds(30)));
  }

  /** The engine may still be starting (or reconnecting): retry for a while before giving up. */
  private static DeploymentEvent sendWithRetries(FinalCommandStep<DeploymentEvent> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.send().join();
      } catch (ClientStatusException e) {
        // A model the engine refuses stays refused: only an unreachable engine is worth waiting
        // for.
        if (attempt >= ATTEMPTS || e.getStatusCode() == io.grpc.Status.Code.INVALID_ARGUMENT) {
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
