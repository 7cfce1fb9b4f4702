package dev.portico.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Job activation latency: from the engine's record that a job was created (it can be activated from
 * then on) to the start of a worker's handler, for a worker opened on the application's client with
 * the application's worker defaults ({@code camunda.client.worker.defaults}), once polling and once
 * with job streaming. Its handlers run on the client's job executor, shared with the real workers.
 * Instances are created one at a time at random gaps, so this is the latency of an idle system.
 * Runs while the engine's clock is the wall clock (before anything moves it), as record timestamps
 * are the engine's time.
 */
final class JobActivation {

  private static final Logger log = LoggerFactory.getLogger(JobActivation.class);

  /** Figures of one mode. */
  record Result(boolean streaming, Stats latency, int samples) {}

  private final CamundaClient client;
  private final ZeebeTestEngine engine;
  private final Environment environment;

  JobActivation(CamundaClient client, ZeebeTestEngine engine, Environment environment) {
    this.client = client;
    this.engine = engine;
    this.environment = environment;
  }

  /** The worker settings the application's workers get, as the report names them. */
  String defaults() {
    return "max-jobs-active "
        + maxJobsActive()
        + ", poll-interval "
        + pollInterval()
        + ", handlers on "
        + handlerExecutor()
        + ", stream-enabled "
        + environment.getProperty("camunda.client.worker.defaults.stream-enabled", "false");
  }

  /**
   * The client's job handling executor: a fixed pool ({@code execution-threads}) or threads per
   * job.
   */
  private String handlerExecutor() {
    var executor = client.getConfiguration().jobHandlingExecutor();
    return executor instanceof java.util.concurrent.ThreadPoolExecutor pool
        ? pool.getCorePoolSize() + " pooled thread(s)"
        : "a thread per job (" + executor.getClass().getSimpleName() + ")";
  }

  private int maxJobsActive() {
    return environment.getProperty(
        "camunda.client.worker.defaults.max-jobs-active", Integer.class, 32);
  }

  private Duration pollInterval() {
    return environment.getProperty(
        "camunda.client.worker.defaults.poll-interval", Duration.class, Duration.ofMillis(100));
  }

  Result measure(boolean streaming, int n) throws InterruptedException {
    String mode = streaming ? "stream" : "poll";
    String processId = "bench-activation-" + mode;
    String jobType = "bench-activation-probe-" + mode;
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(model(processId, jobType), processId + ".bpmn")
        .send()
        .join();
    Map<Long, Instant> handlerStarted = new ConcurrentHashMap<>();
    JobWorker worker =
        client
            .newWorker()
            .jobType(jobType)
            .handler(
                (jobs, job) -> {
                  handlerStarted.put(job.getKey(), Instant.now());
                  jobs.newCompleteCommand(job).send();
                })
            .maxJobsActive(maxJobsActive())
            .pollInterval(pollInterval())
            .streamEnabled(streaming)
            .open();
    try {
      Thread.sleep(1000); // the stream (or the first poll) is open
      for (int i = 0; i < n; i++) {
        client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join();
        Thread.sleep(ThreadLocalRandom.current().nextInt(10, 60));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (handlerStarted.size() < n && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Map<Long, Long> createdAt = new HashMap<>();
      for (Record<?> r : engine.getRecordStreamSource().getRecords()) {
        if (r.getValueType() == ValueType.JOB
            && r.getRecordType() == RecordType.EVENT
            && r.getIntent() == JobIntent.CREATED
            && jobType.equals(((JobRecordValue) r.getValue()).getType())) {
          createdAt.put(r.getKey(), r.getTimestamp());
        }
      }
      List<Long> latencies = new ArrayList<>();
      handlerStarted.forEach(
          (key, started) -> {
            Long created = createdAt.get(key);
            if (created != null) {
              latencies.add(Duration.ofMillis(started.toEpochMilli() - created).toNanos());
            }
          });
      Result result = new Result(streaming, Stats.ofNanos(latencies), latencies.size());
      log.info("Job activation ({}): {}", mode, result);
      return result;
    } finally {
      worker.close();
    }
  }

  private static String model(String processId, String jobType) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="%1$sDefinitions"
            targetNamespace="https://portico.dev/bench">
          <bpmn:process id="%1$s" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>ToProbe</bpmn:outgoing></bpmn:startEvent>
            <bpmn:serviceTask id="Probe">
              <bpmn:extensionElements><zeebe:taskDefinition type="%2$s" /></bpmn:extensionElements>
              <bpmn:incoming>ToProbe</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="ToProbe" sourceRef="Start" targetRef="Probe" />
            <bpmn:sequenceFlow id="ToEnd" sourceRef="Probe" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(processId, jobType);
  }
}
