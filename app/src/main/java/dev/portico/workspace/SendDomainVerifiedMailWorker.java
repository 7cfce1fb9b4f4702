package dev.portico.workspace;

import dev.portico.processes.DomainVerificationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code send-domain-verified-mail}: the owner hears the domain serves the portal now. */
@Component
public class SendDomainVerifiedMailWorker {

  private final DomainVerificationSteps steps;

  SendDomainVerifiedMailWorker(DomainVerificationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = DomainVerificationProcess.JOB_MAIL_VERIFIED)
  public void handle(
      @Variable(name = DomainVerificationProcess.VAR_VERIFICATION_ID) String verificationId) {
    steps.mailVerified(UUID.fromString(verificationId));
  }
}
