package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Step {@code send-invitation-reminder}: a reminder with a fresh link, once. */
@Component
public class SendInvitationReminderWorker {

  private final InvitationSteps steps;

  SendInvitationReminderWorker(InvitationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = ClientInvitationProcess.JOB_SEND_INVITATION_REMINDER)
  public void handle(
      @Variable(name = ClientInvitationProcess.VAR_INVITATION_ID) String invitationId) {
    steps.sendReminder(UUID.fromString(invitationId));
  }
}
