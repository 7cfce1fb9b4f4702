package dev.portico.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A piece of work in a project; the client sees it only when it is client-visible. */
@Entity
@Table(name = "task")
public class Task {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID projectId;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private TaskStatus status;

  private UUID assigneeId;
  private LocalDate dueDate;
  private boolean clientVisible;
  private Instant createdAt;
  private Instant completedAt;
  @Version private Long version;

  protected Task() {}

  public Task(
      UUID workspaceId,
      UUID projectId,
      String title,
      String description,
      UUID assigneeId,
      LocalDate dueDate,
      boolean clientVisible,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.title = title.trim();
    this.description = description;
    this.assigneeId = assigneeId;
    this.dueDate = dueDate;
    this.clientVisible = clientVisible;
    this.status = TaskStatus.TODO;
    this.createdAt = createdAt;
  }

  public void moveTo(TaskStatus status, Instant at) {
    this.status = status;
    this.completedAt = status == TaskStatus.DONE ? at : null;
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

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public UUID getAssigneeId() {
    return assigneeId;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isClientVisible() {
    return clientVisible;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isDone() {
    return status == TaskStatus.DONE;
  }
}
