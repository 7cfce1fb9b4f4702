package dev.portico.workspace;

import dev.portico.processes.DomainVerificationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code fail-domain-verification}: no retries left; the domain is marked failed and the owner
 * hears what the last check found.
 */
@Component
public class FailDomainVerificationWorker {

  private final DomainVerificationSteps steps;

  FailDomainVerificationWorker(DomainVerificationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DomainVerificationProcess.JOB_FAIL)
  public void handle(
      @Variable(name = DomainVerificationProcess.VAR_VERIFICATION_ID) String verificationId) {
    steps.fail(UUID.fromString(verificationId));
  }
}
