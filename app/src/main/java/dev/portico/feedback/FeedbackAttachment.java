package dev.portico.feedback;

import dev.portico.shared.files.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A file a client attached to feedback; the bytes live in the file store under its hash. */
@Entity
public class FeedbackAttachment {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID feedbackId;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private boolean inline;
  private Instant createdAt;

  protected FeedbackAttachment() {}

  FeedbackAttachment(UUID workspaceId, UUID feedbackId, StoredFile file, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.feedbackId = feedbackId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.inline = file.inline();
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getFeedbackId() {
    return feedbackId;
  }

  public String getFileName() {
    return fileName;
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
}
