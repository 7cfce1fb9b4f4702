package dev.portico.identity;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.MailOutbox;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic steps of the client-invitation process, one method per job type. Each is idempotent
 * on the invitation id: a redelivered job finds its work done and does nothing, and mails go
 * through the outbox under a key per invitation and step.
 */
@Service
public class InvitationSteps {

  private static final Logger log = LoggerFactory.getLogger(InvitationSteps.class);

  private final Invitations invitations;
  private final Accounts accounts;
  private final HashedOneTimeTokenService tokens;
  private final InvitationMails mails;
  private final MailOutbox outbox;
  private final WorkspaceSettings workspaces;
  private final AuditTrail audit;
  private final Clock clock;

  InvitationSteps(
      Invitations invitations,
      Accounts accounts,
      HashedOneTimeTokenService tokens,
      InvitationMails mails,
      MailOutbox outbox,
      WorkspaceSettings workspaces,
      AuditTrail audit,
      Clock clock) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.tokens = tokens;
    this.mails = mails;
    this.outbox = outbox;
    this.workspaces = workspaces;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void sendWelcomeMail(UUID invitationId) {
    Invitation invitation = lock(invitationId);
    if (!invitation.isPending() || invitation.getMailSentAt() != null) {
      return;
    }
    Account contact = contactOf(invitation);
    mailLink(invitation, contact, "welcome", false);
    invitation.mailSent(clock.instant());
    audit.record(
        invitation.getWorkspaceId(),
        null,
        "Invitation mailed",
        contact.getId(),
        "Welcome mail sent to " + contact.getEmail());
    log.info("Invitation {}: welcome mail queued", invitationId);
  }

  @Transactional
  public void sendReminder(UUID invitationId) {
    Invitation invitation = lock(invitationId);
    if (!invitation.isPending() || invitation.getRemindedAt() != null) {
      return;
    }
    Account contact = contactOf(invitation);
    mailLink(invitation, contact, "reminder", true);
    invitation.reminded(clock.instant());
    audit.record(
        invitation.getWorkspaceId(),
        null,
        "Invitation reminded",
        contact.getId(),
        "Reminder sent to " + contact.getEmail());
  }

  @Transactional
  public void expire(UUID invitationId) {
    Invitation invitation = lock(invitationId);
    if (!invitation.isPending()) {
      return;
    }
    invitation.close(InvitationStatus.EXPIRED, clock.instant(), null);
    tokens.revokeInvitationTokens(invitationId);
    Account contact = contactOf(invitation);
    contact.invitationLapsed();
    audit.record(
        invitation.getWorkspaceId(),
        null,
        "Invitation expired",
        contact.getId(),
        "The invitation of " + contact.getEmail() + " was not accepted in time");
  }

  @Transactional
  public void activate(UUID invitationId) {
    Invitation invitation = lock(invitationId);
    if (invitation.getStatus() != InvitationStatus.ACCEPTED
        || invitation.getActivatedAt() != null) {
      return;
    }
    Account contact = contactOf(invitation);
    if (contact.getAccessRevokedAt() == null) {
      contact.activatePortalAccess(invitation.getAccessExpiresAt());
    }
    invitation.activated(clock.instant());
    audit.record(
        invitation.getWorkspaceId(),
        null,
        "Portal access active",
        contact.getId(),
        contact.getEmail()
            + (invitation.getAccessExpiresAt() == null
                ? " has portal access"
                : " has portal access until " + invitation.getAccessExpiresAt()));
  }

  /**
   * The access expiry date was reached: access ends, the client and the project leads hear of it.
   */
  @Transactional
  public void endExpiredAccess(UUID invitationId) {
    Invitation invitation = lock(invitationId);
    if (invitation.getStatus() != InvitationStatus.ACCEPTED) {
      return;
    }
    Instant now = clock.instant();
    invitation.close(InvitationStatus.ENDED, now, null);
    Account contact = contactOf(invitation);
    contact.portalAccessExpired();
    WorkspacePolicy policy = workspaces.policyOf(invitation.getWorkspaceId());
    outbox.enqueue(
        "invitation:" + invitationId + ":access-ended:client",
        mails.accessEndedForClient(contact, policy.branding()));
    for (String lead : accounts.leadEmailsOfClient(contact.getClientId())) {
      outbox.enqueue(
          "invitation:" + invitationId + ":access-ended:" + lead,
          mails.accessEndedForLead(lead, contact, policy.branding()));
    }
    audit.record(
        invitation.getWorkspaceId(),
        null,
        "Access expired",
        contact.getId(),
        "Portal access of " + contact.getEmail() + " ended at its expiry date");
  }

  /**
   * Mails the contact a fresh invitation link (earlier links stop working), once per {@code step}:
   * the outbox ignores a second mail under the same key.
   */
  void mailLink(Invitation invitation, Account contact, String step, boolean reminder) {
    WorkspacePolicy policy = workspaces.policyOf(invitation.getWorkspaceId());
    String token =
        tokens.issueInvitationToken(
            contact.getEmail(), invitation.getId(), invitation.getExpiresAt());
    var mail =
        reminder
            ? mails.reminder(contact, policy.branding(), token, invitation.getExpiresAt())
            : mails.welcome(contact, policy.branding(), token, invitation.getExpiresAt());
    outbox.enqueue("invitation:" + invitation.getId() + ":" + step, mail);
  }

  private Invitation lock(UUID invitationId) {
    return invitations
        .lockById(invitationId)
        .orElseThrow(() -> new NotFoundException("Invitation"));
  }

  private Account contactOf(Invitation invitation) {
    return accounts
        .findById(invitation.getContactId())
        .orElseThrow(() -> new NotFoundException("Contact"));
  }
}
