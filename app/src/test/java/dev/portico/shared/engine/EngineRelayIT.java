package dev.portico.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.portico.PorticoCoreTestApplication;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.TestSupportConfig;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay sends more commands than fit one batch, different flows' commands at the same time and
 * one flow's commands in the order they were written (decision 028). The safety-net poll is an hour
 * here, so only the wake-up after commit can have sent them.
 */
@SpringBootTest(
    classes = PorticoCoreTestApplication.class,
    properties = "portico.engine.outbox.poll-interval=PT1H")
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class EngineRelayIT {

  private static final String MESSAGE = "relay-test";

  @Autowired EngineCommands commands;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  @Autowired ZeebeTestEngine engine;
  @Autowired MutableClock clock;
  @Autowired Fixtures fixtures;

  @Test
  void aBacklogLargerThanABatchGoesOutAtOnceAndEachFlowsCommandsKeepTheirOrder() {
    UUID workspace = fixtures.agency("Relay").workspaceId();
    String run = UUID.randomUUID().toString();
    String ordered = "ordered-" + run;
    tx.executeWithoutResult(
        status -> {
          for (int i = 0; i < 150; i++) {
            publish(workspace, "flow-" + run + "-" + i, "only");
          }
          for (int step = 1; step <= 5; step++) {
            clock.advance(Duration.ofMillis(1)); // written one after the other, as in production
            publish(workspace, ordered, "step-" + step);
          }
        });

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                        "select count(*) from engine_command where business_key like ?"
                            + " and sent_at is null")
                    .param("%" + run + "%")
                    .query(Integer.class)
                    .single(),
            waiting -> waiting == 0);

    assertThat(published(run)).hasSize(155);
    assertThat(published(ordered))
        .as("one flow's messages reach the engine in the order they were written")
        .containsExactly(
            ordered + ":step-1",
            ordered + ":step-2",
            ordered + ":step-3",
            ordered + ":step-4",
            ordered + ":step-5");
  }

  private void publish(UUID workspace, String key, String step) {
    assertThat(
            commands.publish(
                workspace, "relay-test-process", MESSAGE, key, key + ":" + step, Map.of()))
        .isTrue();
  }

  /** Message ids the engine published whose correlation key contains {@code part}, in its order. */
  private List<String> published(String part) {
    List<String> ids = new ArrayList<>();
    for (Record<?> r : engine.getRecordStreamSource().getRecords()) {
      if (r.getValueType() == ValueType.MESSAGE
          && r.getRecordType() == RecordType.EVENT
          && r.getIntent() == MessageIntent.PUBLISHED) {
        MessageRecordValue m = (MessageRecordValue) r.getValue();
        if (MESSAGE.equals(m.getName()) && m.getCorrelationKey().contains(part)) {
          ids.add(m.getMessageId());
        }
      }
    }
    return ids;
  }
}
