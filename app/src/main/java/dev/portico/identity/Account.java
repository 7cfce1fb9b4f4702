package dev.portico.identity;

import dev.portico.shared.security.Role;
import dev.portico.shared.security.SessionUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person who can sign in: a staff member (OWNER, STAFF) or a client contact (CLIENT, with the
 * client company it belongs to). The email is the sign-in identity.
 */
@Entity
public class Account {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID clientId;
  private String email;
  private String name;

  @Enumerated(EnumType.STRING)
  private Role role;

  private String jobTitle;

  @Enumerated(EnumType.STRING)
  private PortalStatus portalStatus;

  private Instant accessExpiresAt;
  private Instant accessRevokedAt;
  private Instant createdAt;
  @Version private Long version;

  protected Account() {}

  private Account(
      UUID workspaceId, UUID clientId, String email, String name, Role role, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.clientId = clientId;
    this.email = Emails.normalize(email);
    this.name = name.trim();
    this.role = role;
    this.createdAt = createdAt;
    this.portalStatus = role == Role.CLIENT ? PortalStatus.NOT_INVITED : PortalStatus.ACTIVE;
  }

  public static Account staff(
      UUID workspaceId, String email, String name, Role role, Instant createdAt) {
    if (!role.isStaff()) {
      throw new IllegalArgumentException("Staff accounts are OWNER or STAFF");
    }
    return new Account(workspaceId, null, email, name, role, createdAt);
  }

  public static Account contact(
      UUID workspaceId, UUID clientId, String email, String name, Instant createdAt) {
    return new Account(workspaceId, clientId, email, name, Role.CLIENT, createdAt);
  }

  /**
   * Whether this person may use Portico at {@code now}: not revoked, not expired, and for a client
   * contact an accepted invitation.
   */
  public boolean hasAccessAt(Instant now) {
    return portalStatus == PortalStatus.ACTIVE
        && accessRevokedAt == null
        && (accessExpiresAt == null || now.isBefore(accessExpiresAt));
  }

  /** Invited: waits for the contact to accept. */
  public void invited() {
    portalStatus = PortalStatus.INVITED;
  }

  /** The invitation was accepted: portal access from now, until {@code expiresAt} if set. */
  public void activatePortalAccess(Instant expiresAt) {
    portalStatus = PortalStatus.ACTIVE;
    accessRevokedAt = null;
    accessExpiresAt = expiresAt;
  }

  /** The access expiry date was reached. */
  public void portalAccessExpired() {
    portalStatus = PortalStatus.EXPIRED;
  }

  /** An open invitation ran out without being accepted. */
  public void invitationLapsed() {
    if (portalStatus == PortalStatus.INVITED) {
      portalStatus = PortalStatus.NOT_INVITED;
    }
  }

  public PortalStatus getPortalStatus() {
    return portalStatus;
  }

  public void update(String name, String jobTitle) {
    this.name = name.trim();
    this.jobTitle = jobTitle;
  }

  public void expireAccessAt(Instant expiresAt) {
    this.accessExpiresAt = expiresAt;
  }

  public void revokeAccess(Instant at) {
    this.accessRevokedAt = at;
    if (role == Role.CLIENT) {
      this.portalStatus = PortalStatus.REVOKED;
    }
  }

  public SessionUser sessionUser() {
    return new SessionUser(id, workspaceId, clientId, role, email, name);
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getClientId() {
    return clientId;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return role;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public Instant getAccessExpiresAt() {
    return accessExpiresAt;
  }

  public Instant getAccessRevokedAt() {
    return accessRevokedAt;
  }
}
