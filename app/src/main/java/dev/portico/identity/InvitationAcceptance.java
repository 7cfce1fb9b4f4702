package dev.portico.identity;

import dev.portico.processes.ClientInvitationProcess;
import dev.portico.shared.audit.AuditTrail;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client opened their invitation link: the invitation is accepted and the contact may use the
 * portal from this request on; the process is told (message {@code invitation-accepted}).
 */
@Service
class InvitationAcceptance {

  private final Invitations invitations;
  private final Accounts accounts;
  private final InvitationFlows flows;
  private final AuditTrail audit;
  private final Clock clock;

  InvitationAcceptance(
      Invitations invitations,
      Accounts accounts,
      InvitationFlows flows,
      AuditTrail audit,
      Clock clock) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.flows = flows;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @return false when the invitation is no longer open (cancelled, expired, accepted) or the
   *     contact's company is no longer a client
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean accept(UUID invitationId) {
    Invitation invitation = invitations.lockById(invitationId).orElse(null);
    if (invitation == null
        || !invitation.isPending()
        || !clock.instant().isBefore(invitation.getExpiresAt())
        || !accounts.ofClientCompany(invitation.getContactId())) {
      return false;
    }
    invitation.accepted(clock.instant());
    Account contact = accounts.findById(invitation.getContactId()).orElseThrow();
    contact.activatePortalAccess(invitation.getAccessExpiresAt());
    audit.record(
        invitation.getWorkspaceId(),
        contact.getId(),
        "Invitation accepted",
        contact.getId(),
        contact.getEmail() + " accepted the invitation and signed in");
    flows.publish(ClientInvitationProcess.MSG_INVITATION_ACCEPTED, invitation);
    return true;
  }
}
