package dev.portico.file;

import dev.portico.shared.files.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A file staff shared with a client company (the whole company, or one of its projects). Unsharing
 * hides it from the client and keeps the row, so staff can share it again; the bytes live in the
 * file store under their hash.
 */
@Entity
public class SharedFile {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID clientId;
  private UUID projectId;
  private String fileName;
  private String description;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private boolean inline;
  private UUID uploadedBy;
  private Instant createdAt;
  private UUID sharedBy;
  private Instant sharedAt;
  private UUID unsharedBy;
  private Instant unsharedAt;
  @Version private Long version;

  protected SharedFile() {}

  SharedFile(
      UUID workspaceId,
      UUID clientId,
      UUID projectId,
      StoredFile file,
      String description,
      UUID by,
      Instant at) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.clientId = clientId;
    this.projectId = projectId;
    this.fileName = file.fileName();
    this.description = description;
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.inline = file.inline();
    this.uploadedBy = by;
    this.createdAt = at;
    this.sharedBy = by;
    this.sharedAt = at;
  }

  boolean isShared() {
    return unsharedAt == null;
  }

  void unshare(UUID by, Instant at) {
    unsharedBy = by;
    unsharedAt = at;
  }

  /** Shared again: the client sees it as shared now, by whoever shared it again. */
  void reshare(UUID by, Instant at) {
    unsharedBy = null;
    unsharedAt = null;
    sharedBy = by;
    sharedAt = at;
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

  public UUID getProjectId() {
    return projectId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getDescription() {
    return description;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public boolean isInline() {
    return inline;
  }

  public UUID getUploadedBy() {
    return uploadedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public UUID getSharedBy() {
    return sharedBy;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }

  public UUID getUnsharedBy() {
    return unsharedBy;
  }

  public Instant getUnsharedAt() {
    return unsharedAt;
  }
}
