package dev.portico.identity;

import dev.portico.identity.ContactAccess.State;
import dev.portico.processes.ClientInvitationProcess;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff invite client contacts to the portal, re-send, cancel and revoke; each invitation runs as
 * the client-invitation process. Everything lands in the audit trail.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class ClientInvitations {

  /** What an invite did. */
  public enum Outcome {
    SENT,
    RESENT
  }

  private final Accounts accounts;
  private final Invitations invitations;
  private final InvitationFlows flows;
  private final HashedOneTimeTokenService tokens;
  private final InvitationSteps steps;
  private final WorkspaceSettings workspaces;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  ClientInvitations(
      Accounts accounts,
      Invitations invitations,
      InvitationFlows flows,
      HashedOneTimeTokenService tokens,
      InvitationSteps steps,
      WorkspaceSettings workspaces,
      AuditTrail audit,
      CurrentUser currentUser,
      Clock clock) {
    this.accounts = accounts;
    this.invitations = invitations;
    this.flows = flows;
    this.tokens = tokens;
    this.steps = steps;
    this.workspaces = workspaces;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Invites {@code form.email()} as a contact of the client company; creates the contact when new.
   * A second invite while one is open re-sends it instead of making another.
   *
   * @param clientId a client company of the staff member's workspace
   */
  @Transactional
  public Outcome invite(UUID clientId, @Valid InviteForm form) {
    SessionUser me = currentUser.require();
    requireClientStatus(me.workspaceId(), clientId);
    WorkspacePolicy policy = workspaces.policyOf(me.workspaceId());
    if (!policy.portalEnabled()) {
      throw new ValidationException(
          "The client portal is switched off for this workspace. Switch it on in the settings before inviting clients.");
    }
    Instant accessExpiresAt = endOf(form.accessUntil());
    String email = Emails.normalize(form.email());
    Account contact = accounts.findByEmail(email).orElse(null);
    if (contact == null) {
      contact =
          accounts.save(
              Account.contact(me.workspaceId(), clientId, email, nameFor(form), clock.instant()));
    } else if (!me.workspaceId().equals(contact.getWorkspaceId())
        || !clientId.equals(contact.getClientId())) {
      throw new ValidationException(
          email + " already belongs to another account and cannot be invited here.");
    }
    var open = invitations.findByContactIdAndStatus(contact.getId(), InvitationStatus.PENDING);
    if (open.isPresent()) {
      resend(open.get(), contact, me);
      return Outcome.RESENT;
    }
    if (contact.hasAccessAt(clock.instant())) {
      throw new ValidationException(contact.getName() + " already has portal access.");
    }
    Invitation invitation =
        invitations.save(
            new Invitation(
                me.workspaceId(),
                contact.getId(),
                me.accountId(),
                accessExpiresAt,
                clock.instant(),
                policy.reminderInterval(),
                policy.invitationWindow()));
    contact.invited();
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Invited",
        contact.getId(),
        me.name()
            + " invited "
            + email
            + (accessExpiresAt == null ? "" : " with access until " + form.accessUntil()));
    flows.start(invitation);
    return Outcome.SENT;
  }

  /** Re-sends the open invitation of a contact with a fresh link. */
  @Transactional
  public void resend(UUID contactId) {
    SessionUser me = currentUser.require();
    Account contact = contact(me, contactId);
    Invitation open =
        invitations
            .findByContactIdAndStatus(contactId, InvitationStatus.PENDING)
            .orElseThrow(
                () ->
                    new ValidationException(
                        contact.getName() + " has no open invitation to re-send."));
    resend(open, contact, me);
  }

  /** Withdraws an open invitation; its links stop working. */
  @Transactional
  public void cancel(UUID contactId) {
    SessionUser me = currentUser.require();
    Account contact = contact(me, contactId);
    Invitation open =
        invitations
            .findByContactIdAndStatus(contactId, InvitationStatus.PENDING)
            .orElseThrow(
                () -> new ValidationException(contact.getName() + " has no open invitation."));
    withdraw(open, contact, me, me.name() + " cancelled the invitation of " + contact.getEmail());
  }

  private void withdraw(Invitation open, Account contact, SessionUser me, String detail) {
    open.close(InvitationStatus.CANCELLED, clock.instant(), me.accountId());
    tokens.revokeInvitationTokens(open.getId());
    contact.invitationLapsed();
    audit.record(me.workspaceId(), me.accountId(), "Invitation cancelled", contact.getId(), detail);
    flows.publish(ClientInvitationProcess.MSG_INVITATION_CANCELLED, open);
  }

  /** Ends a contact's portal access now; signed-in sessions end on their next request. */
  @Transactional
  public void revoke(UUID contactId) {
    SessionUser me = currentUser.require();
    Account contact = contact(me, contactId);
    if (invitations.findByContactIdAndStatus(contactId, InvitationStatus.PENDING).isPresent()) {
      cancel(contactId);
    }
    endAccess(me, contact, me.name() + " revoked the portal access of " + contact.getEmail());
  }

  /**
   * The company stopped being a client (decision 017): every open invitation of its contacts is
   * withdrawn and every contact with access loses it at once; signed-in sessions end on their next
   * request. Access does not come back by itself: the contacts must be invited again.
   *
   * @param why how the audit trail explains it, e.g. "Acme became a former client"
   * @return how many contacts lost access or an open invitation
   */
  @Transactional
  public int endAccessOfCompany(UUID clientId, String why) {
    SessionUser me = currentUser.require();
    requireClient(me.workspaceId(), clientId);
    int ended = 0;
    for (Account contact :
        accounts.findByWorkspaceIdAndClientIdOrderByName(me.workspaceId(), clientId)) {
      tokens.revokeSignInTokens(contact.getEmail());
      var open = invitations.findByContactIdAndStatus(contact.getId(), InvitationStatus.PENDING);
      if (open.isPresent()) {
        withdraw(open.get(), contact, me, why + ": the invitation of " + contact.getEmail());
        ended++;
      } else if (contact.getPortalStatus() == PortalStatus.ACTIVE
          && contact.getAccessRevokedAt() == null) {
        endAccess(me, contact, why + ": portal access of " + contact.getEmail() + " ended");
        ended++;
      }
    }
    return ended;
  }

  private void endAccess(SessionUser me, Account contact, String detail) {
    contact.revokeAccess(clock.instant());
    invitations
        .findByContactIdAndStatus(contact.getId(), InvitationStatus.ACCEPTED)
        .ifPresent(
            accepted -> {
              accepted.close(InvitationStatus.ENDED, clock.instant(), me.accountId());
              flows.publish(ClientInvitationProcess.MSG_ACCESS_REVOKED, accepted);
            });
    audit.record(me.workspaceId(), me.accountId(), "Access revoked", contact.getId(), detail);
  }

  /** The contacts of a client company with their portal access. */
  public List<ContactAccess> access(UUID clientId) {
    SessionUser me = currentUser.require();
    requireClient(me.workspaceId(), clientId);
    List<Account> contacts =
        accounts.findByWorkspaceIdAndClientIdOrderByName(me.workspaceId(), clientId);
    Map<UUID, Invitation> latest =
        invitations
            .findByContactIdInOrderByInvitedAtDesc(contacts.stream().map(Account::getId).toList())
            .stream()
            .collect(
                Collectors.toMap(
                    Invitation::getContactId, Function.identity(), (newer, older) -> newer));
    return contacts.stream().map(c -> access(c, latest.get(c.getId()))).toList();
  }

  /** The audit trail of a client company (its status changes) and its contacts, newest first. */
  public List<AuditTrail.Entry> auditTrail(UUID clientId) {
    SessionUser me = currentUser.require();
    requireClient(me.workspaceId(), clientId);
    List<UUID> subjectIds =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(clientId),
                accounts
                    .findByWorkspaceIdAndClientIdOrderByName(me.workspaceId(), clientId)
                    .stream()
                    .map(Account::getId))
            .toList();
    return audit.about(me.workspaceId(), subjectIds).stream()
        .sorted(Comparator.comparing(AuditTrail.Entry::at).reversed())
        .toList();
  }

  private ContactAccess access(Account c, Invitation latest) {
    State state;
    Instant since;
    Instant until = null;
    switch (c.getPortalStatus()) {
      case ACTIVE -> {
        state = State.ACTIVE;
        since = latest == null ? null : latest.getAcceptedAt();
        until = c.getAccessExpiresAt();
      }
      case INVITED -> {
        boolean reminded = latest != null && latest.getRemindedAt() != null;
        state = reminded ? State.REMINDED : State.INVITED;
        since = latest == null ? null : reminded ? latest.getRemindedAt() : latest.getInvitedAt();
      }
      case EXPIRED -> {
        state = State.ACCESS_EXPIRED;
        since = c.getAccessExpiresAt();
      }
      case REVOKED -> {
        state = State.REVOKED;
        since = c.getAccessRevokedAt();
      }
      default -> {
        boolean lapsed = latest != null && latest.getStatus() == InvitationStatus.EXPIRED;
        state = lapsed ? State.INVITATION_EXPIRED : State.NOT_INVITED;
        since = lapsed ? latest.getClosedAt() : null;
      }
    }
    return new ContactAccess(
        c.getId(), c.getName(), c.getEmail(), c.getJobTitle(), state, since, until);
  }

  private void resend(Invitation open, Account contact, SessionUser me) {
    steps.mailLink(open, contact, "resend:" + UUID.randomUUID(), false);
    audit.record(
        me.workspaceId(),
        me.accountId(),
        "Invitation re-sent",
        contact.getId(),
        me.name() + " re-sent the invitation to " + contact.getEmail());
  }

  private Instant endOf(LocalDate lastDay) {
    if (lastDay == null) {
      return null;
    }
    if (lastDay.isBefore(LocalDate.now(clock))) {
      throw new ValidationException("The access end date must be today or later.");
    }
    return lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  private static String nameFor(InviteForm form) {
    if (form.name() != null && !form.name().isBlank()) {
      return form.name().trim();
    }
    String local = Emails.normalize(form.email()).split("@")[0].replaceAll("[._-]+", " ").trim();
    return local.isEmpty()
        ? form.email()
        : Character.toUpperCase(local.charAt(0)) + local.substring(1);
  }

  /** Only a client's contacts are invited: a lead or a former client is refused, saying why. */
  private void requireClientStatus(UUID workspaceId, UUID clientId) {
    Accounts.Company company =
        accounts.company(workspaceId, clientId).orElseThrow(() -> new NotFoundException("Client"));
    switch (company.getStatus()) {
      case "LEAD" ->
          throw new ValidationException(
              company.getName()
                  + " is a lead, not a client yet: change its status to Client to invite its"
                  + " contacts.");
      case "FORMER" ->
          throw new ValidationException(
              company.getName()
                  + " is a former client: change its status to Client to invite its contacts"
                  + " again.");
      default -> {}
    }
  }

  private void requireClient(UUID workspaceId, UUID clientId) {
    if (!accounts.clientExists(workspaceId, clientId)) {
      throw new NotFoundException("Client");
    }
  }

  private Account contact(SessionUser me, UUID contactId) {
    return accounts
        .findByIdAndWorkspaceId(contactId, me.workspaceId())
        .filter(a -> a.getClientId() != null)
        .orElseThrow(() -> new NotFoundException("Contact"));
  }
}
