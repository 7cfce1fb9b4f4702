package dev.portico.project;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A checkpoint of a project with a due date. */
@Entity
public class Milestone {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID projectId;
  private String title;
  private LocalDate dueDate;
  private boolean done;
  private Instant doneAt;
  private Instant createdAt;
  @Version private Long version;

  protected Milestone() {}

  public Milestone(
      UUID workspaceId, UUID projectId, String title, LocalDate dueDate, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.title = title.trim();
    this.dueDate = dueDate;
    this.createdAt = createdAt;
  }

  public void markDone(boolean done, Instant at) {
    this.done = done;
    this.doneAt = done ? at : null;
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

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isDone() {
    return done;
  }
}
