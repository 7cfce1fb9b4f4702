package dev.portico.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A message a client sent, about one of its company's projects or in general (no project). The
 * feedback-routing flow makes it an item in the inbox of whoever answers for it (the project lead,
 * or the workspace owner); the item's thread holds the agency's answers.
 */
@Entity
public class Feedback {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID clientId;
  private UUID projectId;
  private UUID authorId;
  private String body;
  private UUID taskId;
  private UUID escalationTaskId;
  private Instant assigneeNotifiedAt;
  private Instant clientNotifiedAt;
  private Instant createdAt;

  protected Feedback() {}

  Feedback(
      UUID workspaceId,
      UUID clientId,
      UUID projectId,
      UUID authorId,
      String body,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.clientId = clientId;
    this.projectId = projectId;
    this.authorId = authorId;
    this.body = body.trim();
    this.createdAt = createdAt;
  }

  void routedTo(UUID taskId) {
    this.taskId = taskId;
  }

  void escalatedAs(UUID escalationTaskId) {
    this.escalationTaskId = escalationTaskId;
  }

  void assigneeNotified(Instant at) {
    this.assigneeNotifiedAt = at;
  }

  void clientNotified(Instant at) {
    this.clientNotifiedAt = at;
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

  /** Null for general feedback. */
  public UUID getProjectId() {
    return projectId;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public String getBody() {
    return body;
  }

  /** The inbox item; null until routed. */
  public UUID getTaskId() {
    return taskId;
  }

  public UUID getEscalationTaskId() {
    return escalationTaskId;
  }

  public Instant getAssigneeNotifiedAt() {
    return assigneeNotifiedAt;
  }

  public Instant getClientNotifiedAt() {
    return clientNotifiedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
