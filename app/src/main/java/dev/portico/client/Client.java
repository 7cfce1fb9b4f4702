package dev.portico.client;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A client company of the agency; its contacts are accounts with the CLIENT role. */
@Entity
public class Client {

  @Id private UUID id;
  private UUID workspaceId;
  private String name;
  private String website;
  private String internalNotes;

  @Enumerated(EnumType.STRING)
  private ClientStatus status = ClientStatus.CLIENT;

  private Instant createdAt;
  @Version private Long version;

  protected Client() {}

  public Client(
      UUID workspaceId, String name, String website, String internalNotes, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.createdAt = createdAt;
    update(name, website, internalNotes);
  }

  public void update(String name, String website, String internalNotes) {
    this.name = name.trim();
    this.website = website;
    this.internalNotes = internalNotes;
  }

  /**
   * @return the status it had before
   */
  ClientStatus changeStatus(ClientStatus status) {
    ClientStatus before = this.status;
    this.status = status;
    return before;
  }

  public ClientStatus getStatus() {
    return status;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public String getName() {
    return name;
  }

  public String getWebsite() {
    return website;
  }

  public String getInternalNotes() {
    return internalNotes;
  }
}
