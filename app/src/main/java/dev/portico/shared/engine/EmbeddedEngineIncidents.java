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

/**
 * Incidents of the embedded engine, read from its record stream (created and not resolved).
 *
 * <p>The engine's record stream only grows (the embedded engine keeps its whole log in memory,
 * decision 031), so each view reads only the records written since the previous one and keeps the
 * open incidents between views; reading the whole stream on every view slowed the Engine page down
 * as the log grew.
 */
@Component
@ConditionalOnProperty(name = "portico.engine.mode", havingValue = "embedded")
class EmbeddedEngineIncidents implements EngineIncidents {

  private final ZeebeTestEngine engine;
  private final Map<Long, Incident> open = new LinkedHashMap<>();
  private long recordsRead;

  EmbeddedEngineIncidents(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  @Override
  public synchronized List<Incident> open() {
    Iterable<Record<?>> records = engine.getRecordStreamSource().getRecords();
    if (records instanceof List<Record<?>> list) {
      for (int i = (int) recordsRead; i < list.size(); i++) {
        read(list.get(i));
      }
      recordsRead = list.size();
    } else {
      long index = 0;
      for (Record<?> record : records) {
        if (index++ >= recordsRead) {
          read(record);
        }
      }
      recordsRead = index;
    }
    return new ArrayList<>(open.values());
  }

  private void read(Record<?> record) {
    if (record.getValueType() != ValueType.INCIDENT || record.getRecordType() != RecordType.EVENT) {
      return;
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
}
