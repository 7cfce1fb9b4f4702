package dev.portico.identity;

import static dev.portico.processes.ClientInvitationProcess.ACCESS_ACTIVE;
import static dev.portico.processes.ClientInvitationProcess.ACTIVATE_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.WAIT_FOR_ACCEPTANCE;

import dev.portico.processes.ClientInvitationProcess;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells the engine about invitations through the engine outbox (in the transaction of the change):
 * starts an instance, publishes staff and client decisions as messages, and resumes every
 * invitation in flight at its waiting point after a restart.
 */
@Service
class InvitationFlows implements FlowResumer {

  private static final Logger log = LoggerFactory.getLogger(InvitationFlows.class);

  private final EngineCommands engine;
  private final Invitations invitations;

  InvitationFlows(EngineCommands engine, Invitations invitations) {
    this.engine = engine;
    this.invitations = invitations;
  }

  void start(Invitation invitation) {
    engine.startFlow(
        invitation.getWorkspaceId(),
        ClientInvitationProcess.ID,
        invitation.getId().toString(),
        variables(invitation));
  }

  /** Each message happens once per invitation: the message id is its name and the invitation. */
  void publish(String message, Invitation invitation) {
    engine.publish(
        invitation.getWorkspaceId(),
        ClientInvitationProcess.ID,
        message,
        invitation.getId().toString(),
        message + ":" + invitation.getId(),
        Map.of());
  }

  @Override
  public int resumeInFlightFlows() {
    int resumed = 0;
    for (Invitation i : invitations.findByStatus(InvitationStatus.PENDING)) {
      resumed += resume(i, i.getMailSentAt() == null ? null : WAIT_FOR_ACCEPTANCE);
    }
    for (Invitation i : invitations.findByStatus(InvitationStatus.ACCEPTED)) {
      if (i.getActivatedAt() == null) {
        resumed += resume(i, ACTIVATE_ACCESS);
      } else if (i.getAccessExpiresAt() != null) {
        resumed += resume(i, ACCESS_ACTIVE);
      }
    }
    return resumed;
  }

  @Override
  public String processId() {
    return ClientInvitationProcess.ID;
  }

  @Override
  public Set<String> resumesAt() {
    return Set.of(WAIT_FOR_ACCEPTANCE, ACTIVATE_ACCESS, ACCESS_ACTIVE);
  }

  /** Pending: waits for the client to accept; accepted with an end date: for access to expire. */
  @Override
  public Map<String, Long> waiting(UUID workspaceId) {
    Map<String, Long> waiting = new TreeMap<>();
    for (Invitation i : invitations.findByStatus(InvitationStatus.PENDING)) {
      if (i.getWorkspaceId().equals(workspaceId)) {
        waiting.merge(WAIT_FOR_ACCEPTANCE, 1L, Long::sum);
      }
    }
    for (Invitation i : invitations.findByStatus(InvitationStatus.ACCEPTED)) {
      if (i.getWorkspaceId().equals(workspaceId)
          && i.getActivatedAt() != null
          && i.getAccessExpiresAt() != null) {
        waiting.merge(ACCESS_ACTIVE, 1L, Long::sum);
      }
    }
    return waiting;
  }

  private int resume(Invitation invitation, String element) {
    try {
      return engine.resume(
              invitation.getWorkspaceId(),
              ClientInvitationProcess.ID,
              invitation.getId().toString(),
              element,
              variables(invitation))
          ? 1
          : 0;
    } catch (RuntimeException e) {
      log.error("Invitation {} could not be resumed", invitation.getId(), e);
      return 0;
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
