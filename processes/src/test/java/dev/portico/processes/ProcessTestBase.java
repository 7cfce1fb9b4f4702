package dev.portico.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.CreateProcessInstanceCommandStep1.CreateProcessInstanceCommandStep3;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh embedded engine per test with one model deployed; the test drives jobs, messages and the
 * engine's clock itself (no workers).
 */
abstract class ProcessTestBase {

  static final Duration WAIT = Duration.ofSeconds(10);

  private final String resource;
  private final String processId;

  ZeebeTestEngine engine;
  ZeebeClient client;

  /** What the test has added to the engine's clock so far. */
  private Duration advanced = Duration.ZERO;

  ProcessTestBase(String resource, String processId) {
    this.resource = resource;
    this.processId = processId;
  }

  @BeforeEach
  void startEngineAndDeploy() {
    engine = EngineFactory.create();
    engine.start();
    client = engine.createClient();
    BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));

    DeploymentEvent deployment =
        client.newDeployResourceCommand().addResourceFromClasspath(resource).send().join();

    BpmnAssert.assertThat(deployment).containsProcessesByBpmnProcessId(processId);
  }

  @AfterEach
  void stopEngine() {
    BpmnAssert.resetRecordStream();
    if (client != null) {
      client.close();
    }
    if (engine != null) {
      engine.stop();
    }
  }

  ProcessInstanceEvent start(Map<String, Object> variables) throws Exception {
    return send(newInstance(variables));
  }

  CreateProcessInstanceCommandStep3 newInstance(Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables);
  }

  ProcessInstanceEvent send(CreateProcessInstanceCommandStep3 command) throws Exception {
    ProcessInstanceEvent instance = command.send().join();
    engine.waitForIdleState(WAIT);
    return instance;
  }

  PublishMessageResponse publish(String message, String correlationKey) throws Exception {
    PublishMessageResponse response =
        client
            .newPublishMessageCommand()
            .messageName(message)
            .correlationKey(correlationKey)
            .send()
            .join();
    engine.waitForIdleState(WAIT);
    return response;
  }

  /**
   * The engine's clock: its {@code ControlledActorClock} runs at wall-clock time plus the offsets
   * added by {@code increaseTime} (the test engine API has no getter for it). Truncated to millis,
   * the precision of timer due dates.
   */
  Instant engineNow() {
    return Instant.now().plus(advanced).truncatedTo(ChronoUnit.MILLIS);
  }

  void advance(Duration duration) {
    engine.increaseTime(duration);
    advanced = advanced.plus(duration);
  }

  void completeJob(
      ProcessInstanceEvent instance,
      String jobType,
      String elementId,
      Map<String, Object> variables)
      throws Exception {
    complete(activateJob(instance, jobType, elementId, variables));
  }

  void complete(ActivatedJob job) throws Exception {
    client.newCompleteCommand(job).send().join();
    engine.waitForIdleState(WAIT);
  }

  /**
   * Activates the one open job of the type, which must belong to the instance and carry the
   * expected variables; fails if none shows up within WAIT.
   */
  ActivatedJob activateJob(
      ProcessInstanceEvent instance,
      String jobType,
      String elementId,
      Map<String, Object> variables)
      throws Exception {
    ActivatedJob job = awaitJob(jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    BpmnAssert.assertThat(job)
        .hasElementId(elementId)
        .hasBpmnProcessId(processId)
        .extractingVariables()
        .containsAllEntriesOf(variables);
    return job;
  }

  ActivatedJob awaitJob(String jobType) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(jobType)
              .maxJobsToActivate(10)
              .timeout(Duration.ofMinutes(1))
              .requestTimeout(Duration.ofSeconds(2))
              .send()
              .join()
              .getJobs();
      if (!jobs.isEmpty()) {
        assertThat(jobs).as("open %s jobs", jobType).hasSize(1);
        return jobs.getFirst();
      }
      engine.waitForIdleState(WAIT);
      Thread.sleep(50);
    }
    throw new TimeoutException("No " + jobType + " job within " + WAIT);
  }

  static List<JobRecordValue> jobsCreated(ProcessInstanceEvent instance, String jobType) {
    return StreamSupport.stream(BpmnAssert.getRecordStream().jobRecords().spliterator(), false)
        .filter(r -> r.getIntent() == JobIntent.CREATED)
        .map(Record::getValue)
        .filter(j -> j.getProcessInstanceKey() == instance.getProcessInstanceKey())
        .filter(j -> j.getType().equals(jobType))
        .toList();
  }

  static List<TimerRecordValue> timers(
      ProcessInstanceEvent instance, String boundaryEventId, TimerIntent intent) {
    return StreamSupport.stream(BpmnAssert.getRecordStream().timerRecords().spliterator(), false)
        .filter(r -> r.getIntent() == intent)
        .map(Record::getValue)
        .filter(t -> t.getProcessInstanceKey() == instance.getProcessInstanceKey())
        .filter(t -> t.getTargetElementId().equals(boundaryEventId))
        .toList();
  }

  static InspectedProcessInstance inspected(ProcessInstanceEvent instance) {
    return new InspectedProcessInstance(instance.getProcessInstanceKey());
  }
}
