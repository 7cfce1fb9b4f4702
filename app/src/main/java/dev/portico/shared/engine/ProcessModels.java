package dev.portico.shared.engine;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's Processes page (decision 024): each process with its model versions and the flows in
 * flight, uploading an edited model (validated, then deployed and kept for start-up) and rolling
 * back. Models are installation-wide: one engine serves every workspace of the installation.
 */
@Service
@PreAuthorize("hasRole('OWNER')")
public class ProcessModels {

  private static final Logger log = LoggerFactory.getLogger(ProcessModels.class);

  /** Larger than any hand-edited model; keeps an upload from filling memory. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** A process as its owner sees it. */
  public record ProcessOverview(
      String processId,
      String name,
      Integer currentVersion,
      List<ModelVersion> versions,
      List<WaitingPoint> waiting) {}

  /**
   * One model of a process: the bundled one ({@code id} null) or an upload; {@code current} is the
   * one new flows start on.
   */
  public record ModelVersion(
      UUID id,
      boolean bundled,
      String fileName,
      String uploadedBy,
      Instant uploadedAt,
      Integer engineVersion,
      boolean current,
      String startupProblem) {}

  /** How many of the workspace's flows wait at an element. */
  public record WaitingPoint(String elementId, String name, long flows) {}

  /** What became of an upload or roll-back: deployed as a version, or refused with problems. */
  public record Outcome(
      String processId, Integer version, boolean unchanged, List<ModelProblem> problems) {

    public boolean deployed() {
      return version != null;
    }
  }

  private final ProcessModelRules rules;
  private final ProcessModelStore store;
  private final ProcessDeployer deployer;
  private final List<FlowResumer> resumers;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ProcessModels(
      ProcessModelRules rules,
      ProcessModelStore store,
      ProcessDeployer deployer,
      List<FlowResumer> resumers,
      CurrentUser currentUser,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.rules = rules;
    this.store = store;
    this.deployer = deployer;
    this.resumers = resumers;
    this.currentUser = currentUser;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  public List<ProcessOverview> overview() {
    UUID workspaceId = currentUser.require().workspaceId();
    List<ProcessOverview> all = new ArrayList<>();
    for (var bundled : rules.bundled().entrySet()) {
      String processId = bundled.getKey();
      BpmnModelInstance model =
          Bpmn.readModelFromStream(new ByteArrayInputStream(bundled.getValue()));
      Optional<ProcessDeployer.Deployed> current = deployer.current(processId);
      List<ModelVersion> versions = new ArrayList<>();
      for (ProcessModelStore.StoredModel m : store.of(processId)) {
        versions.add(
            new ModelVersion(
                m.id(),
                false,
                m.fileName(),
                m.uploadedByName(),
                m.uploadedAt(),
                m.engineVersion(),
                current.map(c -> m.id().equals(c.uploadedModelId())).orElse(false),
                m.startupProblem()));
      }
      versions.add(
          new ModelVersion(
              null,
              true,
              processId + ".bpmn",
              null,
              null,
              current.filter(ProcessDeployer.Deployed::bundled).map(c -> c.version()).orElse(null),
              current.map(ProcessDeployer.Deployed::bundled).orElse(false),
              null));
      Map<String, Long> counts = new LinkedHashMap<>();
      resumers.stream()
          .filter(r -> r.processId().equals(processId))
          .forEach(r -> r.waiting(workspaceId).forEach((k, v) -> counts.merge(k, v, Long::sum)));
      List<WaitingPoint> waiting =
          counts.entrySet().stream()
              .map(
                  e -> {
                    var element = model.getModelElementById(e.getKey());
                    String name = element == null ? "" : ProcessModelValidator.name(element);
                    return new WaitingPoint(
                        e.getKey(), name.isEmpty() ? e.getKey() : name, e.getValue());
                  })
              .toList();
      all.add(
          new ProcessOverview(
              processId,
              processName(model, processId),
              current.map(ProcessDeployer.Deployed::version).orElse(null),
              versions,
              waiting));
    }
    return all;
  }

  /**
   * Validates the file; a valid model is deployed (new flows start on it, running ones stay on
   * theirs), stored, and deployed again at every start-up until the owner rolls back.
   */
  public Outcome upload(String fileName, byte[] content) {
    SessionUser me = currentUser.require();
    if (content.length == 0 || content.length > MAX_BYTES) {
      return refused(
          null,
          ModelProblem.error(
              "",
              "",
              content.length == 0
                  ? "The file is empty."
                  : "The file is larger than " + MAX_BYTES / 1024 + " KB."));
    }
    ProcessModelValidator.Validated validated = rules.validator().validate(content);
    if (!validated.valid()) {
      return new Outcome(validated.processId(), null, false, validated.problems());
    }
    String processId = validated.processId();
    Long before =
        deployer.current(processId).map(ProcessDeployer.Deployed::definitionKey).orElse(null);
    UUID id = UUID.randomUUID();
    io.camunda.client.api.response.Process deployed;
    try {
      deployed = deployer.deploy(processId, content, id);
    } catch (ClientException e) {
      return refused(processId, engineProblem(e));
    }
    boolean unchanged = before != null && before == deployed.getProcessDefinitionKey();
    if (unchanged) {
      // The engine kept its latest version (same content): nothing new to store or to start on.
      return new Outcome(processId, deployed.getVersion(), true, validated.problems());
    }
    String name =
        Path.of(fileName == null ? processId + ".bpmn" : fileName).getFileName().toString();
    transactions.executeWithoutResult(
        tx -> {
          store.insert(
              id,
              processId,
              name,
              content,
              sha256(content),
              me.accountId(),
              me.name(),
              me.workspaceId(),
              clock.instant());
          store.activate(id, processId);
          store.deployed(
              id, deployed.getVersion(), deployed.getProcessDefinitionKey(), clock.instant());
          audit.record(
              me.workspaceId(),
              me.accountId(),
              "Process model deployed",
              id,
              processId
                  + " version "
                  + deployed.getVersion()
                  + " from "
                  + name
                  + " (sha256 "
                  + sha256(content)
                  + "); new flows of every workspace on this installation use it");
        });
    log.info(
        "{} deployed an uploaded {} model as version {} ({})",
        me.email(),
        processId,
        deployed.getVersion(),
        id);
    return new Outcome(processId, deployed.getVersion(), false, validated.problems());
  }

  /**
   * Deploys a stored upload again, so new flows start on it; the engine counts it as a new version
   * unless it already is the latest one.
   */
  public Outcome rollBack(UUID modelId) {
    SessionUser me = currentUser.require();
    ProcessModelStore.StoredModel model =
        store.find(modelId).orElseThrow(() -> new NotFoundException("Process model"));
    ProcessModelValidator.Validated validated = rules.validator().validate(model.content());
    if (!validated.valid()) {
      return new Outcome(model.processId(), null, false, validated.problems());
    }
    return redeploy(me, model.processId(), model.content(), model.id(), model.fileName());
  }

  /**
   * Deploys the bundled model again and forgets the active upload: start-up deploys the bundled.
   */
  public Outcome rollBackToBundled(String processId) {
    SessionUser me = currentUser.require();
    byte[] bundled = rules.bundled().get(processId);
    if (bundled == null) {
      throw new NotFoundException("Process");
    }
    return redeploy(me, processId, bundled, null, processId + ".bpmn (bundled)");
  }

  private Outcome redeploy(
      SessionUser me, String processId, byte[] content, UUID modelId, String what) {
    Long before =
        deployer.current(processId).map(ProcessDeployer.Deployed::definitionKey).orElse(null);
    io.camunda.client.api.response.Process deployed;
    try {
      deployed = deployer.deploy(processId, content, modelId);
    } catch (ClientException e) {
      return refused(processId, engineProblem(e));
    }
    boolean unchanged = before != null && before == deployed.getProcessDefinitionKey();
    transactions.executeWithoutResult(
        tx -> {
          if (modelId == null) {
            store.deactivateAll(processId);
          } else {
            store.activate(modelId, processId);
            store.deployed(
                modelId,
                deployed.getVersion(),
                deployed.getProcessDefinitionKey(),
                clock.instant());
          }
          audit.record(
              me.workspaceId(),
              me.accountId(),
              "Process model rolled back",
              modelId,
              processId
                  + " to "
                  + what
                  + ", engine version "
                  + deployed.getVersion()
                  + (unchanged ? " (already the latest)" : "")
                  + "; new flows of every workspace on this installation use it");
        });
    log.info(
        "{} rolled {} back to {} (version {})", me.email(), processId, what, deployed.getVersion());
    return new Outcome(processId, deployed.getVersion(), unchanged, List.of());
  }

  private static ModelProblem engineProblem(ClientException e) {
    boolean refused =
        e instanceof ClientStatusException status
            && status.getStatusCode() == io.grpc.Status.Code.INVALID_ARGUMENT;
    return ModelProblem.error(
        "",
        "",
        refused
            ? "The engine refused the model: " + e.getMessage()
            : "The engine cannot be reached now, so nothing was deployed. Try again in a moment.");
  }

  private static Outcome refused(String processId, ModelProblem problem) {
    return new Outcome(processId, null, false, List.of(problem));
  }

  private static String processName(BpmnModelInstance model, String processId) {
    return model.getModelElementsByType(Process.class).stream()
        .map(p -> p.getName())
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(processId);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
