package dev.portico.processes;

import static dev.portico.processes.DomainVerificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * domain-verification on the embedded engine, one test per way out of the model and the resume
 * point. The test completes every job as the workers would (the check answers VERIFIED, NOT_YET or
 * STOPPED) and moves the engine's clock to the moments the timer computes from requestedAt.
 */
class DomainVerificationProcessTest extends ProcessTestBase {

  private static final List<String> OFFSETS = List.of("PT5M", "PT15M", "PT30M");

  DomainVerificationProcessTest() {
    super(RESOURCE, ID);
  }

  @Test
  void aRecordThatAppearsBeforeTheSecondRetryIsVerifiedAndTheOwnerMailed() throws Exception {
    Instant requestedAt = engineNow();
    String id = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(variables(id, requestedAt, 1));
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_RETRY);

    advanceTo(requestedAt.plus(Duration.ofMinutes(5)));
    completeJob(instance, JOB_CHECK, CHECK, Map.of(VAR_RETRY, 1), OUTCOME_NOT_YET);
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_RETRY);
    advanceTo(requestedAt.plus(Duration.ofMinutes(15)));
    completeJob(instance, JOB_CHECK, CHECK, Map.of(VAR_RETRY, 2), OUTCOME_VERIFIED);
    completeJob(instance, JOB_MAIL_VERIFIED, MAIL_VERIFIED, Map.of(VAR_VERIFICATION_ID, id), null);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElementsInOrder(
            START_EVENT,
            RETRY_LOOP_GATEWAY,
            RETRIES_LEFT_GATEWAY,
            RETRY_LOOP_GATEWAY,
            RETRIES_LEFT_GATEWAY)
        .hasPassedElement(MAIL_VERIFIED)
        .hasPassedElement(VERIFIED_END_EVENT)
        .hasNotPassedElement(FAIL)
        .isCompleted();
    assertThat(jobsCreated(instance, JOB_CHECK)).hasSize(2);
  }

  @Test
  void theLastRetryStillWrongMarksTheDomainFailed() throws Exception {
    Instant requestedAt = engineNow();
    String id = UUID.randomUUID().toString();
    ProcessInstanceEvent instance = start(variables(id, requestedAt, 1));
    for (int retry = 1; retry <= OFFSETS.size(); retry++) {
      advanceTo(requestedAt.plus(Duration.parse(OFFSETS.get(retry - 1))));
      completeJob(instance, JOB_CHECK, CHECK, Map.of(VAR_RETRY, retry), OUTCOME_NOT_YET);
    }
    completeJob(instance, JOB_FAIL, FAIL, Map.of(VAR_VERIFICATION_ID, id), null);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(FAILED_END_EVENT)
        .hasNotPassedElement(MAIL_VERIFIED)
        .isCompleted();
    assertThat(jobsCreated(instance, JOB_CHECK)).hasSize(3);
  }

  @Test
  void aFlowNoLongerWantedEndsQuietly() throws Exception {
    Instant requestedAt = engineNow();
    ProcessInstanceEvent instance = start(variables(UUID.randomUUID().toString(), requestedAt, 1));
    advanceTo(requestedAt.plus(Duration.ofMinutes(5)));
    completeJob(instance, JOB_CHECK, CHECK, Map.of(VAR_RETRY, 1), OUTCOME_STOPPED);

    BpmnAssert.assertThat(inspected(instance))
        .hasPassedElement(STOPPED_END_EVENT)
        .hasNotPassedElement(MAIL_VERIFIED)
        .hasNotPassedElement(FAIL)
        .isCompleted();
  }

  /** After a restart Portico starts before RetriesLeftGateway with the next retry. */
  @Test
  void resumedAfterARestartWaitsForTheNextRetryOnItsOriginalSchedule() throws Exception {
    Instant requestedAt = engineNow().minus(Duration.ofMinutes(10));
    String id = UUID.randomUUID().toString();
    ProcessInstanceEvent instance =
        send(newInstance(variables(id, requestedAt, 2)).startBeforeElement(RETRIES_LEFT_GATEWAY));
    BpmnAssert.assertThat(inspected(instance)).isWaitingExactlyAtElements(WAIT_FOR_RETRY);

    advanceTo(requestedAt.plus(Duration.ofMinutes(15)));
    completeJob(instance, JOB_CHECK, CHECK, Map.of(VAR_RETRY, 2), OUTCOME_VERIFIED);
    completeJob(instance, JOB_MAIL_VERIFIED, MAIL_VERIFIED, Map.of(), null);
    BpmnAssert.assertThat(inspected(instance)).hasPassedElement(VERIFIED_END_EVENT).isCompleted();
  }

  private void completeJob(
      ProcessInstanceEvent instance,
      String jobType,
      String elementId,
      Map<String, Object> expected,
      String outcome)
      throws Exception {
    var job = activateJob(instance, jobType, elementId, expected);
    client
        .newCompleteCommand(job)
        .variables(outcome == null ? Map.of() : Map.of(VAR_OUTCOME, outcome))
        .send()
        .join();
    engine.waitForIdleState(WAIT);
  }

  private void advanceTo(Instant moment) {
    Duration by = Duration.between(engineNow(), moment).plusSeconds(1);
    if (!by.isNegative()) {
      advance(by);
    }
  }

  private static Map<String, Object> variables(String id, Instant requestedAt, int retry) {
    return Map.of(
        VAR_VERIFICATION_ID,
        id,
        VAR_REQUESTED_AT,
        requestedAt.toString(),
        VAR_RETRY_OFFSETS,
        OFFSETS,
        VAR_RETRY,
        retry);
  }
}
