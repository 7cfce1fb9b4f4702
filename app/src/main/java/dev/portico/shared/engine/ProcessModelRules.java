package dev.portico.shared.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * What an uploaded model must keep, gathered from this build of Portico: its bundled models (one
 * file per process, named after the process id), its workers' job types and the elements its
 * features resume flows at.
 */
@Component
public class ProcessModelRules {

  private final JobWorkerTypes workers;
  private final List<FlowResumer> resumers;
  private volatile Map<String, byte[]> bundled;
  private volatile ProcessModelValidator validator;

  ProcessModelRules(JobWorkerTypes workers, List<FlowResumer> resumers) {
    this.workers = workers;
    this.resumers = resumers;
  }

  /** The bundled models by process id, in file name order. */
  public Map<String, byte[]> bundled() {
    Map<String, byte[]> models = bundled;
    if (models == null) {
      models = new LinkedHashMap<>();
      Resource[] files = ProcessDeployer.models();
      java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
      for (Resource model : files) {
        try {
          models.put(
              model.getFilename().replaceFirst("\\.bpmn$", ""), model.getContentAsByteArray());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read process model " + model, e);
        }
      }
      bundled = models = Collections.unmodifiableMap(models);
    }
    return models;
  }

  public ProcessModelValidator validator() {
    ProcessModelValidator v = validator;
    if (v == null) {
      Map<String, Set<String>> resumePoints =
          resumers.stream()
              .collect(
                  Collectors.toMap(
                      FlowResumer::processId,
                      FlowResumer::resumesAt,
                      (a, b) -> {
                        var both = new HashSet<>(a);
                        both.addAll(b);
                        return both;
                      }));
      validator = v = new ProcessModelValidator(bundled(), workers.types(), resumePoints);
    }
    return v;
  }
}
