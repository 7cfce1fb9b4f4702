package dev.portico.workspace;

import dev.portico.processes.DomainVerificationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code check-custom-domain}: looks the domain's CNAME record up again and records the
 * outcome. A failure (database) fails the job with retries and back-off; a DNS server that does not
 * answer is an outcome ("not yet"), not a failure.
 */
@Component
public class CheckCustomDomainWorker {

  private final DomainVerificationSteps steps;

  CheckCustomDomainWorker(DomainVerificationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DomainVerificationProcess.JOB_CHECK)
  public Map<String, Object> handle(
      @Variable(name = DomainVerificationProcess.VAR_VERIFICATION_ID) String verificationId,
      @Variable(name = DomainVerificationProcess.VAR_RETRY) int retry) {
    return Map.of(
        DomainVerificationProcess.VAR_OUTCOME, steps.check(UUID.fromString(verificationId), retry));
  }
}
