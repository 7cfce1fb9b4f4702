package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code activate-portal-access}: the accepted invitation's access is in force. */
@Component
public class ActivatePortalAccessWorker {

  private final InvitationSteps steps;

  ActivatePortalAccessWorker(InvitationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = ClientInvitationProcess.JOB_ACTIVATE_PORTAL_ACCESS)
  public void handle(
      @Variable(name = ClientInvitationProcess.VAR_INVITATION_ID) String invitationId) {
    steps.activate(UUID.fromString(invitationId));
  }
}
