package dev.portico.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A message on a project: a client-visible Reply or an internal Note. */
@Entity
public class Comment {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID projectId;
  private UUID taskId;
  private UUID authorId;

  @Enumerated(EnumType.STRING)
  private CommentKind kind;

  private String body;
  private Instant createdAt;

  protected Comment() {}

  public Comment(
      UUID workspaceId,
      UUID projectId,
      UUID authorId,
      CommentKind kind,
      String body,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.authorId = authorId;
    this.kind = kind;
    this.body = body.trim();
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  /** A Reply or Note on a task (its project, if any, is {@link #getProjectId()}). */
  static Comment onTask(Task task, UUID authorId, CommentKind kind, String body, Instant at) {
    Comment comment =
        new Comment(task.getWorkspaceId(), task.getProjectId(), authorId, kind, body, at);
    comment.taskId = task.getId();
    return comment;
  }

  public UUID getTaskId() {
    return taskId;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public UUID getAuthorId() {
    return authorId;
  }

  public CommentKind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
