package dev.portico.project;

import dev.portico.identity.AccountAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts work into a staff member's inbox: a task assigned to a project's lead, to the workspace
 * owner, or to someone named (work that belongs to no project). Called by job workers, so it has no
 * signed-in user; callers pass ids they took from the database.
 */
@Service
public class LeadInbox {

  /**
   * An item to add.
   *
   * @param projectId null for an item about no project (shown only in the assignee's inbox)
   * @param clientId the client company it is about; taken from the project when null
   * @param respondBy when the client should have an answer; null for no answer time
   */
  public record NewItem(
      UUID workspaceId,
      UUID projectId,
      UUID clientId,
      UUID assigneeId,
      TaskKind kind,
      String title,
      String description,
      Instant respondBy) {}

  private final Projects projects;
  private final Tasks tasks;
  private final AccountAccess access;
  private final Clock clock;

  LeadInbox(Projects projects, Tasks tasks, AccountAccess access, Clock clock) {
    this.projects = projects;
    this.tasks = tasks;
    this.access = access;
    this.clock = clock;
  }

  /** A task of {@code kind} for the project's lead (or the owner when the project has none). */
  @Transactional
  public UUID addTaskForLead(
      UUID workspaceId, UUID projectId, TaskKind kind, String title, String description) {
    return add(
        new NewItem(
            workspaceId,
            projectId,
            null,
            whoAnswersFor(workspaceId, projectId),
            kind,
            title,
            description,
            null));
  }

  /**
   * A task for {@code assigneeId}, in a project of the workspace or, with a null {@code projectId},
   * in no project (it shows only in the assignee's inbox).
   */
  @Transactional
  public UUID addTaskFor(
      UUID workspaceId,
      UUID projectId,
      UUID assigneeId,
      TaskKind kind,
      String title,
      String description) {
    return add(
        new NewItem(workspaceId, projectId, null, assigneeId, kind, title, description, null));
  }

  @Transactional
  public UUID add(NewItem item) {
    UUID clientId = item.clientId();
    if (item.projectId() != null) {
      Project project =
          projects.findByIdAndWorkspaceId(item.projectId(), item.workspaceId()).orElseThrow();
      clientId = project.getClientId();
    }
    Task task =
        new Task(
                item.workspaceId(),
                item.projectId(),
                item.title(),
                item.description(),
                item.assigneeId(),
                null,
                false,
                clock.instant())
            .ofKind(item.kind(), clientId, item.respondBy());
    return tasks.save(task).getId();
  }

  /**
   * Who answers for a project: its lead; the workspace owner for no project or a project without a
   * lead.
   */
  @Transactional(readOnly = true)
  public UUID whoAnswersFor(UUID workspaceId, UUID projectId) {
    return Optional.ofNullable(projectId)
        .flatMap(id -> projects.findByIdAndWorkspaceId(id, workspaceId))
        .map(Project::getLeadId)
        .orElseGet(() -> ownerOf(workspaceId));
  }

  /** The workspace's first owner (every workspace has one). */
  @Transactional(readOnly = true)
  public UUID ownerOf(UUID workspaceId) {
    return access
        .ownerOf(workspaceId)
        .orElseThrow(() -> new IllegalStateException("Workspace " + workspaceId + " has no owner"));
  }

  /** Marks an item escalated (once) and reads it, for the flow that escalates it. */
  @Transactional
  public Optional<Task> escalate(UUID workspaceId, UUID taskId) {
    Optional<Task> task = tasks.findByIdAndWorkspaceId(taskId, workspaceId);
    task.filter(t -> !t.isDone()).ifPresent(t -> t.escalated(clock.instant()));
    return task;
  }

  /** Closes an item the flow no longer needs (e.g. an escalation once the feedback is handled). */
  @Transactional
  public void close(UUID workspaceId, UUID taskId) {
    tasks
        .findByIdAndWorkspaceId(taskId, workspaceId)
        .filter(t -> !t.isDone())
        .ifPresent(t -> t.moveTo(TaskStatus.DONE, clock.instant()));
  }

  /** An item's state, for the flow (no signed-in user). */
  @Transactional(readOnly = true)
  public Optional<Task> item(UUID workspaceId, UUID taskId) {
    return tasks.findByIdAndWorkspaceId(taskId, workspaceId);
  }
}
