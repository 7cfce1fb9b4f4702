package dev.portico.identity;

import static dev.portico.processes.ClientInvitationProcess.ACCESS_ACTIVE;
import static dev.portico.processes.ClientInvitationProcess.ACTIVATE_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.WAIT_FOR_ACCEPTANCE;

import dev.portico.processes.ClientInvitationProcess;
import dev.portico.shared.engine.AfterCommit;
import dev.portico.shared.engine.FlowResumer;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Talks to the engine about invitations: starts an instance, publishes staff and client decisions
 * as messages (after the database change has committed), and resumes every invitation in flight at
 * its waiting point after a restart.
 */
@Service
class InvitationFlows implements FlowResumer {

  private static final Logger log = LoggerFactory.getLogger(InvitationFlows.class);
  private static final Duration MESSAGE_TTL = Duration.ofHours(1);

  private final CamundaClient engine;
  private final Invitations invitations;

  InvitationFlows(CamundaClient engine, Invitations invitations) {
    this.engine = engine;
    this.invitations = invitations;
  }

  void startAfterCommit(Invitation invitation) {
    Map<String, Object> variables = variables(invitation);
    AfterCommit.run(
        "Invitation engine call",
        () -> {
          engine
              .newCreateInstanceCommand()
              .bpmnProcessId(ClientInvitationProcess.ID)
              .latestVersion()
              .variables(variables)
              .send()
              .join();
          log.info("Invitation {} process started", invitation.getId());
        });
  }

  void publishAfterCommit(String message, UUID invitationId) {
    AfterCommit.run(
        "Invitation engine call",
        () -> {
          engine
              .newPublishMessageCommand()
              .messageName(message)
              .correlationKey(invitationId.toString())
              .timeToLive(MESSAGE_TTL)
              .send()
              .join();
          log.info("Invitation {}: message {} published", invitationId, message);
        });
  }

  @Override
  public void resumeInFlightFlows() {
    for (Invitation i : invitations.findByStatus(InvitationStatus.PENDING)) {
      resume(i, i.getMailSentAt() == null ? null : WAIT_FOR_ACCEPTANCE);
    }
    for (Invitation i : invitations.findByStatus(InvitationStatus.ACCEPTED)) {
      if (i.getActivatedAt() == null) {
        resume(i, ACTIVATE_ACCESS);
      } else if (i.getAccessExpiresAt() != null) {
        resume(i, ACCESS_ACTIVE);
      }
    }
  }

  private void resume(Invitation invitation, String element) {
    try {
      var command =
          engine
              .newCreateInstanceCommand()
              .bpmnProcessId(ClientInvitationProcess.ID)
              .latestVersion()
              .variables(variables(invitation));
      if (element != null) {
        command = command.startBeforeElement(element);
      }
      command.send().join();
      log.info(
          "Invitation {} resumed at {}", invitation.getId(), element == null ? "start" : element);
    } catch (RuntimeException e) {
      log.error("Invitation {} could not be resumed", invitation.getId(), e);
    }
  }

  private static Map<String, Object> variables(Invitation invitation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ClientInvitationProcess.VAR_INVITATION_ID, invitation.getId().toString());
    variables.put(ClientInvitationProcess.VAR_INVITED_AT, invitation.getInvitedAt().toString());
    variables.put(ClientInvitationProcess.VAR_REMINDER_INTERVAL, invitation.getReminderInterval());
    variables.put(ClientInvitationProcess.VAR_INVITATION_WINDOW, invitation.getInvitationWindow());
    variables.put(
        ClientInvitationProcess.VAR_ACCESS_EXPIRES_AT,
        invitation.getAccessExpiresAt() == null
            ? null
            : invitation.getAccessExpiresAt().toString());
    return variables;
  }
}
