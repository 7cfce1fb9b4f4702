package dev.portico.deliverable;

import dev.portico.shared.files.FileNames;
import dev.portico.shared.files.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One upload of a deliverable: immutable, with its file's content hash. */
@Entity
public class DeliverableVersion {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID deliverableId;
  private int number;
  private String fileSha256;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  private boolean inline;
  private UUID uploadedBy;
  private Instant uploadedAt;
  private Instant readyAt;

  protected DeliverableVersion() {}

  DeliverableVersion(
      Deliverable deliverable, int number, StoredFile file, UUID uploadedBy, Instant uploadedAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = deliverable.getWorkspaceId();
    this.deliverableId = deliverable.getId();
    this.number = number;
    this.fileSha256 = file.sha256();
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.inline = file.inline();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  void ready(Instant at) {
    readyAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getDeliverableId() {
    return deliverableId;
  }

  public int getNumber() {
    return number;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public String getFileName() {
    // Cleaned again when read: names stored before a sanitising rule existed are shown safely too.
    return FileNames.sanitize(fileName);
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public boolean isInline() {
    return inline;
  }

  public UUID getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Instant getReadyAt() {
    return readyAt;
  }
}
