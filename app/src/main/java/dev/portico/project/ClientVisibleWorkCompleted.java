package dev.portico.project;

import java.time.Instant;
import java.util.UUID;

/**
 * A client-visible task of a project was done or one of its milestones reached; published in the
 * transaction of the change (never for internal tasks), so the client can be told about it.
 *
 * @param subjectId the task or milestone
 * @param title the task's or milestone's title at that moment
 */
public record ClientVisibleWorkCompleted(
    UUID workspaceId,
    UUID clientId,
    UUID projectId,
    String projectName,
    Kind kind,
    UUID subjectId,
    String title,
    Instant at) {

  /** What was completed. */
  public enum Kind {
    TASK_DONE,
    MILESTONE_REACHED
  }
}
