package dev.portico.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.project.Progress.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Progress is derived, never stored: percent done and the next deadlines. */
class ProgressTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final UUID WORKSPACE = UUID.randomUUID();
  private static final UUID PROJECT = UUID.randomUUID();

  @Test
  void percentDoneIsTheShareOfDoneMilestonesAndClientVisibleTasks() {
    List<Milestone> milestones =
        List.of(milestone("Design", TODAY, true), milestone("Launch", TODAY.plusDays(9), false));
    List<Task> tasks =
        List.of(
            task("Wireframes", TODAY, true, true),
            task("Copy", TODAY.plusDays(1), true, false),
            task("QA", TODAY.plusDays(2), false, false));

    Progress progress = Progress.of(milestones, tasks, tasks, TODAY);

    assertThat(progress.percentDone()).isEqualTo(50); // 2 of 4: the internal QA task never counts
    assertThat(progress.milestonesDone()).isEqualTo(1);
    assertThat(progress.milestonesTotal()).isEqualTo(2);
  }

  @Test
  void internalTasksMadeFromTheClientsOwnFeedbackDoNotLowerPercentDone() {
    List<Milestone> milestones =
        List.of(
            milestone("Design", TODAY, true),
            milestone("Build", TODAY.plusDays(9), false),
            milestone("Launch", TODAY.plusDays(20), false));
    List<Task> before = List.of();
    List<Task> after = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      after.add(task("Client feedback " + i, null, false, false));
    }

    assertThat(Progress.of(milestones, before, before, TODAY).percentDone()).isEqualTo(33);
    assertThat(Progress.of(milestones, after, after, TODAY).percentDone())
        .as("1 of 3 milestones, whatever the team's inbox holds")
        .isEqualTo(33);
  }

  @Test
  void percentRoundsDown() {
    List<Task> tasks =
        List.of(
            task("One", null, true, true),
            task("Two", null, true, false),
            task("Three", null, true, false));

    assertThat(Progress.of(List.of(), tasks, tasks, TODAY).percentDone()).isEqualTo(33);
  }

  @Test
  void everythingDoneIsAHundredPercent() {
    List<Milestone> milestones = List.of(milestone("Design", TODAY, true));
    List<Task> tasks = List.of(task("Copy", TODAY, true, true));

    Progress progress = Progress.of(milestones, tasks, tasks, TODAY);

    assertThat(progress.percentDone()).isEqualTo(100);
    assertThat(progress.upcomingDeadlines()).isEmpty();
  }

  @Test
  void aProjectWithoutMilestonesOrTasksIsAtZero() {
    Progress progress = Progress.of(List.of(), List.of(), List.of(), TODAY);

    assertThat(progress.percentDone()).isZero();
    assertThat(progress.milestonesDone()).isZero();
    assertThat(progress.milestonesTotal()).isZero();
    assertThat(progress.upcomingDeadlines()).isEmpty();
  }

  @Test
  void upcomingDeadlinesAreOpenItemsDueFromTodaySoonestFirst() {
    List<Milestone> milestones =
        List.of(
            milestone("Launch", TODAY.plusDays(9), false),
            milestone("Kick-off", TODAY.minusDays(5), false), // past
            milestone("Design sign-off", TODAY.plusDays(1), true), // done
            milestone("Beta", TODAY, false)); // due today still counts
    List<Task> tasks =
        List.of(
            task("QA", TODAY.plusDays(3), true, false),
            task("Overdue copy", TODAY.minusDays(1), true, false), // past
            task("Wireframes", TODAY.plusDays(2), true, true), // done
            task("Someday", null, true, false), // no date
            task("Assets", TODAY.plusDays(3), true, false)); // same day as QA

    Progress progress = Progress.of(milestones, tasks, tasks, TODAY);

    assertThat(progress.upcomingDeadlines())
        .containsExactly(
            new Deadline("Beta", TODAY, true),
            new Deadline("Assets", TODAY.plusDays(3), false),
            new Deadline("QA", TODAY.plusDays(3), false),
            new Deadline("Launch", TODAY.plusDays(9), true));
  }

  @Test
  void atMostFiveUpcomingDeadlinesAreShown() {
    List<Task> tasks = new ArrayList<>();
    for (int day = 7; day >= 1; day--) {
      tasks.add(task("Task due in " + day, TODAY.plusDays(day), true, false));
    }

    Progress progress = Progress.of(List.of(), tasks, tasks, TODAY);

    assertThat(progress.upcomingDeadlines())
        .hasSize(Progress.UPCOMING)
        .extracting(Deadline::dueDate)
        .containsExactly(
            TODAY.plusDays(1),
            TODAY.plusDays(2),
            TODAY.plusDays(3),
            TODAY.plusDays(4),
            TODAY.plusDays(5));
    assertThat(Progress.UPCOMING).isEqualTo(5);
  }

  @Test
  void aClientSeesOnlyTheDeadlinesOfClientVisibleTasksAndOnlyTheyCount() {
    Task internal = task("Internal review", TODAY.plusDays(1), false, false);
    Task internalDone = task("Internal estimate", TODAY.plusDays(2), false, true);
    Task visible = task("Send logo files", TODAY.plusDays(2), true, false);
    List<Task> all = List.of(internal, internalDone, visible);
    List<Task> clientVisible = all.stream().filter(Task::isClientVisible).toList();
    List<Milestone> milestones = List.of(milestone("Launch", TODAY.plusDays(4), false));

    Progress forClient = Progress.of(milestones, all, clientVisible, TODAY);
    Progress forStaff = Progress.of(milestones, all, all, TODAY);

    assertThat(forClient.upcomingDeadlines())
        .containsExactly(
            new Deadline("Send logo files", TODAY.plusDays(2), false),
            new Deadline("Launch", TODAY.plusDays(4), true));
    assertThat(forClient.upcomingDeadlines())
        .extracting(Deadline::title)
        .doesNotContain("Internal review", "Internal estimate");
    assertThat(forStaff.upcomingDeadlines())
        .extracting(Deadline::title)
        .containsExactly("Internal review", "Send logo files", "Launch");
    // Milestone + the visible task: 0 of 2 done. The internal task done counts for nobody.
    assertThat(forClient.percentDone()).isZero().isEqualTo(forStaff.percentDone());
  }

  /**
   * What a client reads for each shape a project takes: percent done, milestones complete, the next
   * deadline and what is overdue.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void progressForEachShapeOfProject(
      String shape,
      List<Milestone> milestones,
      List<Task> tasks,
      int percent,
      String milestonesComplete,
      String next,
      List<String> overdue) {
    List<Task> visible = tasks.stream().filter(Task::isClientVisible).toList();

    Progress progress = Progress.of(milestones, tasks, visible, TODAY);

    assertThat(progress.percentDone()).as("percent done").isEqualTo(percent);
    assertThat(progress.milestonesDone() + " of " + progress.milestonesTotal())
        .as("milestones complete")
        .isEqualTo(milestonesComplete);
    assertThat(
            progress.upcomingDeadlines().isEmpty()
                ? null
                : progress.upcomingDeadlines().getFirst().title())
        .as("next deadline")
        .isEqualTo(next);
    assertThat(progress.overdue()).extracting(Deadline::title).as("overdue").isEqualTo(overdue);
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(
            "no milestones, tasks only",
            List.of(),
            List.of(
                task("Brief", TODAY.minusDays(5), true, true),
                task("Moodboard", TODAY.plusDays(2), true, false)),
            50,
            "0 of 0",
            "Moodboard",
            List.of()),
        Arguments.of(
            "all done",
            List.of(milestone("Design", TODAY.minusDays(9), true)),
            List.of(task("Copy", TODAY.minusDays(1), true, true)),
            100,
            "1 of 1",
            null,
            List.of()),
        Arguments.of(
            "overdue",
            List.of(
                milestone("Design", TODAY.minusDays(4), false),
                milestone("Launch", TODAY.plusDays(20), false)),
            List.of(
                task("Send logo files", TODAY.minusDays(1), true, false),
                task("Internal QA", TODAY.minusDays(2), false, false)),
            0,
            "0 of 2",
            "Launch",
            List.of("Design", "Send logo files")),
        Arguments.of(
            "all in the future",
            List.of(
                milestone("Kick-off", TODAY.plusDays(7), false),
                milestone("Launch", TODAY.plusDays(60), false)),
            List.of(task("Questionnaire", TODAY.plusDays(3), true, false)),
            0,
            "0 of 2",
            "Questionnaire",
            List.of()),
        Arguments.of(
            "only internal tasks",
            List.of(),
            List.of(
                task("Internal estimate", TODAY.plusDays(1), false, true),
                task("Internal review", TODAY.minusDays(1), false, false)),
            0,
            "0 of 0",
            null,
            List.of()),
        Arguments.of(
            "due today is upcoming, not overdue",
            List.of(milestone("Review", TODAY, false)),
            List.of(),
            0,
            "0 of 1",
            "Review",
            List.of()));
  }

  private static Milestone milestone(String title, LocalDate due, boolean done) {
    Milestone m = new Milestone(WORKSPACE, PROJECT, title, due, NOW);
    m.markDone(done, NOW);
    return m;
  }

  private static Task task(String title, LocalDate due, boolean clientVisible, boolean done) {
    Task t = new Task(WORKSPACE, PROJECT, title, null, null, due, clientVisible, NOW);
    if (done) {
      t.moveTo(TaskStatus.DONE, NOW);
    }
    return t;
  }
}
