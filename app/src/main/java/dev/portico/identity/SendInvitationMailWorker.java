package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code send-invitation-mail}: the branded welcome mail, once. */
@Component
public class SendInvitationMailWorker {

  private final InvitationSteps steps;

  SendInvitationMailWorker(InvitationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = ClientInvitationProcess.JOB_SEND_INVITATION_MAIL)
  public void handle(
      @Variable(name = ClientInvitationProcess.VAR_INVITATION_ID) String invitationId) {
    steps.sendWelcomeMail(UUID.fromString(invitationId));
  }
}
