package dev.portico.project;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts work into a project lead's inbox: a task assigned to the lead. Called by job workers, so it
 * has no signed-in user; callers pass ids they took from the database.
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
}
