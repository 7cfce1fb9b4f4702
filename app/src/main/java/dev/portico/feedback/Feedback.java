package dev.portico.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A message a client sent about a project; routed to the project lead as a task. */
@Entity
public class Feedback {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID projectId;
  private UUID authorId;
  private String body;
  private UUID taskId;
  private Instant createdAt;

  protected Feedback() {}

  Feedback(UUID workspaceId, UUID projectId, UUID authorId, String body, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.authorId = authorId;
    this.body = body.trim();
    this.createdAt = createdAt;
  }

  void routedTo(UUID taskId) {
    this.taskId = taskId;
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

  public String getBody() {
    return body;
  }

  public UUID getTaskId() {
    return taskId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
