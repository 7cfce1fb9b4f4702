package dev.portico.project;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts work into a staff member's inbox: a task assigned to a project's lead, or to someone named
 * (work that belongs to no project). Called by job workers, so it has no signed-in user; callers
 * pass ids they took from the database.
 */
@Service
public class LeadInbox {

  private final Projects projects;
  private final Tasks tasks;
  private final Clock clock;

  LeadInbox(Projects projects, Tasks tasks, Clock clock) {
    this.projects = projects;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Transactional
  public UUID addTaskForLead(UUID workspaceId, UUID projectId, String title, String description) {
    Project project = projects.findByIdAndWorkspaceId(projectId, workspaceId).orElseThrow();
    Task task =
        new Task(
            workspaceId,
            projectId,
            title,
            description,
            project.getLeadId(),
            null,
            false,
            clock.instant());
    return tasks.save(task).getId();
  }

  /**
   * A task for {@code assigneeId}, in a project of the workspace or, with a null {@code projectId},
   * in no project (it shows only in the assignee's inbox).
   */
  @Transactional
  public UUID addTaskFor(
      UUID workspaceId, UUID projectId, UUID assigneeId, String title, String description) {
    if (projectId != null) {
      projects.findByIdAndWorkspaceId(projectId, workspaceId).orElseThrow();
    }
    Task task =
        new Task(
            workspaceId, projectId, title, description, assigneeId, null, false, clock.instant());
    return tasks.save(task).getId();
  }
}
