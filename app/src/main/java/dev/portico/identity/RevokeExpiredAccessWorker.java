package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Step {@code revoke-expired-access}: access ends at its expiry date; client and leads are told.
 */
@Component
public class RevokeExpiredAccessWorker {

  private final InvitationSteps steps;

  RevokeExpiredAccessWorker(InvitationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = ClientInvitationProcess.JOB_REVOKE_EXPIRED_ACCESS)
  public void handle(
      @Variable(name = ClientInvitationProcess.VAR_INVITATION_ID) String invitationId) {
    steps.endExpiredAccess(UUID.fromString(invitationId));
  }
}
