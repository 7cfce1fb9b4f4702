package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code expire-invitation}: the invitation window is over. */
@Component
public class ExpireInvitationWorker {

  private final InvitationSteps steps;

  ExpireInvitationWorker(InvitationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = ClientInvitationProcess.JOB_EXPIRE_INVITATION)
  public void handle(
      @Variable(name = ClientInvitationProcess.VAR_INVITATION_ID) String invitationId) {
    steps.expire(UUID.fromString(invitationId));
  }
}
