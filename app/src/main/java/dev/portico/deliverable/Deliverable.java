package dev.portico.deliverable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Work put in front of the client, as versions; approved means locked (also in the database). */
@Entity
public class Deliverable {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID projectId;
  private UUID milestoneId;
  private UUID taskId;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private DeliverableStatus status;

  private UUID currentVersionId;
  private int round;
  private UUID approvedVersionId;
  private UUID approvedBy;
  private Instant approvedAt;
  private Instant createdAt;
  @Version private Long version;

  protected Deliverable() {}

  Deliverable(
      UUID workspaceId,
      UUID projectId,
      UUID milestoneId,
      UUID taskId,
      String title,
      String description,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.milestoneId = milestoneId;
    this.taskId = taskId;
    this.title = title.trim();
    this.description = description;
    this.status = DeliverableStatus.DRAFT;
    this.createdAt = createdAt;
  }

  void edit(String title, String description, UUID milestoneId, UUID taskId) {
    this.title = title.trim();
    this.description = description;
    this.milestoneId = milestoneId;
    this.taskId = taskId;
  }

  boolean isLocked() {
    return status == DeliverableStatus.APPROVED;
  }

  void newVersion(UUID versionId) {
    currentVersionId = versionId;
  }

  void inReview() {
    status = DeliverableStatus.IN_REVIEW;
    round++;
  }

  void shared() {
    status = DeliverableStatus.SHARED;
  }

  void changesRequested() {
    status = DeliverableStatus.CHANGES_REQUESTED;
  }

  void approve(UUID versionId, UUID by, Instant at) {
    status = DeliverableStatus.APPROVED;
    approvedVersionId = versionId;
    approvedBy = by;
    approvedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public UUID getMilestoneId() {
    return milestoneId;
  }

  public UUID getTaskId() {
    return taskId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public DeliverableStatus getStatus() {
    return status;
  }

  public UUID getCurrentVersionId() {
    return currentVersionId;
  }

  public int getRound() {
    return round;
  }

  public UUID getApprovedVersionId() {
    return approvedVersionId;
  }

  public UUID getApprovedBy() {
    return approvedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }
}
