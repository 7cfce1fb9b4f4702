package dev.portico.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation of a client contact to the portal; the database side of the client-invitation
 * process. Its dates are what the process's timers are computed from.
 */
@Entity
public class Invitation {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID contactId;
  private UUID invitedBy;

  @Enumerated(EnumType.STRING)
  private InvitationStatus status;

  private Instant accessExpiresAt;
  private Instant invitedAt;
  private String reminderInterval;
  private String invitationWindow;
  private Instant expiresAt;
  private Instant mailSentAt;
  private Instant remindedAt;
  private Instant acceptedAt;
  private Instant activatedAt;
  private Instant closedAt;
  private UUID closedBy;
  @Version private Long version;

  protected Invitation() {}

  Invitation(
      UUID workspaceId,
      UUID contactId,
      UUID invitedBy,
      Instant accessExpiresAt,
      Instant invitedAt,
      String reminderInterval,
      String invitationWindow) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.contactId = contactId;
    this.invitedBy = invitedBy;
    this.status = InvitationStatus.PENDING;
    this.accessExpiresAt = accessExpiresAt;
    this.invitedAt = invitedAt;
    this.reminderInterval = reminderInterval;
    this.invitationWindow = invitationWindow;
    this.expiresAt = invitedAt.plus(Duration.parse(invitationWindow));
  }

  boolean isPending() {
    return status == InvitationStatus.PENDING;
  }

  void mailSent(Instant at) {
    mailSentAt = at;
  }

  void reminded(Instant at) {
    remindedAt = at;
  }

  void accepted(Instant at) {
    status = InvitationStatus.ACCEPTED;
    acceptedAt = at;
  }

  void activated(Instant at) {
    activatedAt = at;
  }

  void close(InvitationStatus outcome, Instant at, UUID by) {
    status = outcome;
    closedAt = at;
    closedBy = by;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public Instant getAccessExpiresAt() {
    return accessExpiresAt;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public String getReminderInterval() {
    return reminderInterval;
  }

  public String getInvitationWindow() {
    return invitationWindow;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getMailSentAt() {
    return mailSentAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
