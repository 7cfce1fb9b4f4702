package dev.portico.identity;

import static dev.portico.processes.ClientInvitationProcess.ACCESS_ACTIVE;
import static dev.portico.processes.ClientInvitationProcess.ACTIVATE_ACCESS;
import static dev.portico.processes.ClientInvitationProcess.WAIT_FOR_ACCEPTANCE;

import dev.portico.processes.ClientInvitationProcess;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowResumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Tells the engine about invitations through the engine outbox (in the transaction of the change):
 * starts an instance, publishes staff and client decisions as messages, and resumes every
 * invitation in flight at its waiting point after a restart.
 */
@Service
class InvitationFlows implements FlowResumer {

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
    List<Invitation> inFlight = new ArrayList<>(invitations.findByStatus(InvitationStatus.PENDING));
    inFlight.addAll(invitations.findByStatus(InvitationStatus.ACCEPTED));
    return resumeEach(engine, inFlight, Invitation::getId, InvitationFlows::resumption);
  }

  private static Resumption resumption(Invitation i) {
    String at;
    if (i.getStatus() == InvitationStatus.PENDING) {
      at = i.getMailSentAt() == null ? null : WAIT_FOR_ACCEPTANCE;
    } else if (i.getActivatedAt() == null) {
      at = ACTIVATE_ACCESS;
    } else if (i.getAccessExpiresAt() != null) {
      at = ACCESS_ACTIVE;
    } else {
      return null; // accepted for good: nothing waits
    }
    return new Resumption(i.getWorkspaceId(), i.getId().toString(), at, variables(i));
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
