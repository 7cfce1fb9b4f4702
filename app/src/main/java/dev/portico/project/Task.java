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

  @Enumerated(EnumType.STRING)
  private TaskKind kind = TaskKind.WORK;

  @Enumerated(EnumType.STRING)
  private TaskPriority priority = TaskPriority.NORMAL;

  private UUID clientId;
  private Instant respondBy;
  private Instant escalatedAt;
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

  /** An inbox item of {@code kind} about {@code clientId}, to be answered by {@code respondBy}. */
  Task ofKind(TaskKind kind, UUID clientId, Instant respondBy) {
    this.kind = kind;
    this.clientId = clientId;
    this.respondBy = respondBy;
    return this;
  }

  void edit(
      String title,
      String description,
      UUID assigneeId,
      LocalDate dueDate,
      boolean clientVisible,
      TaskPriority priority) {
    this.title = title.trim();
    this.description = description;
    this.assigneeId = assigneeId;
    this.dueDate = dueDate;
    this.clientVisible = clientVisible;
    prioritise(priority);
  }

  void prioritise(TaskPriority priority) {
    this.priority = priority == null ? TaskPriority.NORMAL : priority;
  }

  void assignTo(UUID assigneeId) {
    this.assigneeId = assigneeId;
  }

  void escalated(Instant at) {
    if (escalatedAt == null) {
      escalatedAt = at;
    }
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

  public TaskKind getKind() {
    return kind;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public UUID getClientId() {
    return clientId;
  }

  public Instant getRespondBy() {
    return respondBy;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public boolean isDone() {
    return status == TaskStatus.DONE;
  }
}
