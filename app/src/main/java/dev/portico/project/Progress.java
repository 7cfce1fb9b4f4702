package dev.portico.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How far a project is, derived from its milestones and client-visible tasks (never stored):
 * percent done is the share of them that are done; upcoming deadlines are the open ones due from
 * today on, soonest first (staff also see their internal tasks' deadlines); overdue are the open
 * ones whose date has passed, oldest first. Internal tasks (feedback to answer, revisions,
 * escalations, work the client does not see) never count, so staff and client see the same figure
 * and a client's own feedback cannot lower it (decision 015).
 */
public record Progress(
    int percentDone,
    int milestonesDone,
    int milestonesTotal,
    List<Deadline> upcomingDeadlines,
    List<Deadline> overdue) {

  static final int UPCOMING = 5;

  /** A date something is due. */
  public record Deadline(String title, LocalDate dueDate, boolean milestone) {}

  /**
   * @param projectTasks all of the project's tasks; only client-visible ones count towards percent
   *     done
   * @param deadlineTasks the tasks whose deadlines may be shown (for a client: client-visible ones
   *     only; staff see all)
   */
  static Progress of(
      List<Milestone> milestones,
      List<Task> projectTasks,
      List<Task> deadlineTasks,
      LocalDate today) {
    List<Task> tasks = projectTasks.stream().filter(Task::isClientVisible).toList();
    int total = milestones.size() + tasks.size();
    long done =
        milestones.stream().filter(Milestone::isDone).count()
            + tasks.stream().filter(Task::isDone).count();
    int percent = total == 0 ? 0 : (int) (done * 100 / total);
    int milestonesDone = (int) milestones.stream().filter(Milestone::isDone).count();
    List<Deadline> open =
        Stream.concat(
                milestones.stream()
                    .filter(m -> !m.isDone() && m.getDueDate() != null)
                    .map(m -> new Deadline(m.getTitle(), m.getDueDate(), true)),
                deadlineTasks.stream()
                    .filter(t -> !t.isDone() && t.getDueDate() != null)
                    .map(t -> new Deadline(t.getTitle(), t.getDueDate(), false)))
            .sorted(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::title))
            .toList();
    List<Deadline> upcoming =
        open.stream().filter(d -> !d.dueDate().isBefore(today)).limit(UPCOMING).toList();
    List<Deadline> overdue = open.stream().filter(d -> d.dueDate().isBefore(today)).toList();
    return new Progress(percent, milestonesDone, milestones.size(), upcoming, overdue);
  }
}
