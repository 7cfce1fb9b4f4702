package dev.portico.shared.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Incidents of the embedded engine, read from its record stream (created and not resolved). */
@Component
@ConditionalOnProperty(name = "portico.engine.mode", havingValue = "embedded")
class EmbeddedEngineIncidents implements EngineIncidents {

  private final ZeebeTestEngine engine;

  EmbeddedEngineIncidents(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<Incident> open() {
    Map<Long, Incident> open = new LinkedHashMap<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() != ValueType.INCIDENT
          || record.getRecordType() != RecordType.EVENT) {
        continue;
      }
      if (record.getIntent() == IncidentIntent.CREATED) {
        IncidentRecordValue v = (IncidentRecordValue) record.getValue();
        open.put(
            record.getKey(),
            new Incident(
                record.getKey(),
                v.getProcessInstanceKey(),
                v.getBpmnProcessId(),
                v.getElementId(),
                v.getJobKey() > 0 ? v.getJobKey() : null,
                v.getErrorType().name(),
                v.getErrorMessage(),
                Instant.ofEpochMilli(record.getTimestamp())));
      } else if (record.getIntent() == IncidentIntent.RESOLVED) {
        open.remove(record.getKey());
      }
    }
    return new ArrayList<>(open.values());
  }
}
