package dev.portico.project;

import dev.portico.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features' process steps need of a project, by id from their own rows (job workers have
 * no signed-in person): who the client and lead are, and completing linked milestones/tasks.
 */
@Service
public class ProjectFacts {

  /** A project's people and name. */
  public record Facts(UUID projectId, UUID workspaceId, UUID clientId, UUID leadId, String name) {}

  private final Projects projects;
  private final Milestones milestones;
  private final Tasks tasks;
  private final WorkCompletedNews news;
  private final Clock clock;

  ProjectFacts(
      Projects projects, Milestones milestones, Tasks tasks, WorkCompletedNews news, Clock clock) {
    this.projects = projects;
    this.milestones = milestones;
    this.tasks = tasks;
    this.news = news;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Facts of(UUID projectId) {
    Project p = projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project"));
    return new Facts(p.getId(), p.getWorkspaceId(), p.getClientId(), p.getLeadId(), p.getName());
  }

  /** A client company's projects in its workspace, by name. */
  @Transactional(readOnly = true)
  public List<Facts> ofClient(UUID workspaceId, UUID clientId) {
    return projects.findByWorkspaceIdAndClientIdOrderByName(workspaceId, clientId).stream()
        .map(
            p ->
                new Facts(
                    p.getId(), p.getWorkspaceId(), p.getClientId(), p.getLeadId(), p.getName()))
        .toList();
  }

  /** Marks a milestone or task of the project done; already done is fine. */
  @Transactional
  public void complete(UUID workspaceId, UUID milestoneId, UUID taskId) {
    if (milestoneId != null) {
      milestones
          .findByIdAndWorkspaceId(milestoneId, workspaceId)
          .filter(m -> !m.isDone())
          .ifPresent(
              m -> {
                m.markDone(true, clock.instant());
                news.milestoneReached(m, clock.instant());
              });
    }
    if (taskId != null) {
      tasks
          .findByIdAndWorkspaceId(taskId, workspaceId)
          .filter(t -> !t.isDone())
          .ifPresent(
              t -> {
                t.moveTo(TaskStatus.DONE, clock.instant());
                news.taskDone(t, clock.instant());
              });
    }
  }
}
