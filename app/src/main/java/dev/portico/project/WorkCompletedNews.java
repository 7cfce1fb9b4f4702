package dev.portico.project;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other features that a client could learn of completed work: every path that marks a task
 * done or a milestone reached calls this, and only client-visible tasks become news.
 */
@Component
class WorkCompletedNews {

  private final Projects projects;
  private final ApplicationEventPublisher events;

  WorkCompletedNews(Projects projects, ApplicationEventPublisher events) {
    this.projects = projects;
    this.events = events;
  }

  void taskDone(Task task, Instant at) {
    if (task.isClientVisible() && task.getProjectId() != null) {
      publish(
          ClientVisibleWorkCompleted.Kind.TASK_DONE,
          task.getProjectId(),
          task.getId(),
          task.getTitle(),
          at);
    }
  }

  void milestoneReached(Milestone milestone, Instant at) {
    publish(
        ClientVisibleWorkCompleted.Kind.MILESTONE_REACHED,
        milestone.getProjectId(),
        milestone.getId(),
        milestone.getTitle(),
        at);
  }

  private void publish(
      ClientVisibleWorkCompleted.Kind kind,
      UUID projectId,
      UUID subjectId,
      String title,
      Instant at) {
    projects
        .findById(projectId)
        .ifPresent(
            p ->
                events.publishEvent(
                    new ClientVisibleWorkCompleted(
                        p.getWorkspaceId(),
                        p.getClientId(),
                        p.getId(),
                        p.getName(),
                        kind,
                        subjectId,
                        title,
                        at)));
  }
}
