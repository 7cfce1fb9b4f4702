package dev.portico.shared.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Incidents of a Camunda 8 cluster, from its search API (REST). */
@Component
@ConditionalOnProperty(name = "portico.engine.mode", havingValue = "remote")
class ClusterEngineIncidents implements EngineIncidents {

  private static final int LIMIT = 200;

  private final CamundaClient engine;

  ClusterEngineIncidents(CamundaClient engine) {
    this.engine = engine;
  }

  @Override
  public List<Incident> open() {
    return engine
        .newIncidentSearchRequest()
        .filter(f -> f.state(IncidentState.ACTIVE))
        .page(p -> p.limit(LIMIT))
        .requestTimeout(Duration.ofSeconds(10))
        .send()
        .join()
        .items()
        .stream()
        .map(
            i ->
                new Incident(
                    i.getIncidentKey(),
                    i.getProcessInstanceKey(),
                    i.getProcessDefinitionId(),
                    i.getElementId(),
                    i.getJobKey() == null || i.getJobKey() <= 0 ? null : i.getJobKey(),
                    String.valueOf(i.getErrorType()),
                    i.getErrorMessage(),
                    i.getCreationTime() == null ? null : i.getCreationTime().toInstant()))
        .toList();
  }
}
