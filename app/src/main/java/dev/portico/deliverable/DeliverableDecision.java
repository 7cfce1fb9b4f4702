package dev.portico.deliverable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The client's decision on one version: approval (with the content hash) or requested changes. */
@Entity
public class DeliverableDecision {

  /** What the client decided. */
  public enum Kind {
    APPROVED,
    CHANGES_REQUESTED
  }

  @Id private UUID id;
  private UUID workspaceId;
  private UUID deliverableId;
  private UUID versionId;
  private UUID decidedBy;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind decision;

  private String feedback;
  private String contentSha256;
  private Instant decidedAt;

  protected DeliverableDecision() {}

  DeliverableDecision(
      DeliverableVersion version,
      UUID workspaceId,
      UUID decidedBy,
      Kind decision,
      String feedback,
      Instant decidedAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.deliverableId = version.getDeliverableId();
    this.versionId = version.getId();
    this.decidedBy = decidedBy;
    this.decision = decision;
    this.feedback = feedback;
    this.contentSha256 = version.getFileSha256();
    this.decidedAt = decidedAt;
  }

  public UUID getVersionId() {
    return versionId;
  }

  public UUID getDecidedBy() {
    return decidedBy;
  }

  public Kind getDecision() {
    return decision;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
