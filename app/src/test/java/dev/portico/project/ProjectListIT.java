package dev.portico.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.project.ProjectPlanning.ProjectRow;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.Pages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The staff list of projects, paged and sorted in SQL as the lazy grid reads it: every project
 * once, in the order asked for, with its client, lead and progress, never another workspace's.
 */
@IntegrationTest
class ProjectListIT {

  @Autowired Fixtures fixtures;
  @Autowired ProjectPlanning planning;
  @Autowired ClientDirectory clients;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void pagesAndSortsByNameOrClientWithinOneWorkspace() {
    Agency a = fixtures.agency("K");
    Agency b = fixtures.agency("L");
    Fixtures.signIn(a.staff());
    UUID third = clients.create(new ClientForm("Client K3", null, null));
    List<UUID> owners = List.of(a.client1(), a.client2(), third);
    for (int i = 1; i <= 60; i++) {
      planning.create(
          new ProjectForm(
              owners.get(i % 3),
              "Paged project %03d".formatted(i),
              null,
              ProjectStatus.PLANNED,
              null,
              null,
              a.staff().accountId(),
              null));
    }

    assertThat(planning.count()).isEqualTo(62);

    // By name, both ways: 25 + 25 + 12, each project once.
    List<ProjectRow> up = Pages.all(25, Sort.by(ProjectPlanning.SORT_NAME), planning::page);
    assertThat(up).hasSize(62);
    assertThat(up).extracting(ProjectRow::name).isSorted().doesNotHaveDuplicates();
    assertThat(up.getFirst().name()).isEqualTo("Paged project 001");
    assertThat(up.getLast().name()).isEqualTo("Project K2");
    List<ProjectRow> down =
        Pages.all(25, Sort.by(Sort.Direction.DESC, ProjectPlanning.SORT_NAME), planning::page);
    assertThat(down)
        .extracting(ProjectRow::name)
        .containsExactlyElementsOf(up.reversed().stream().map(ProjectRow::name).toList());
    assertThat(planning.page(PageRequest.of(0, 5)))
        .as("unsorted means by name")
        .extracting(ProjectRow::name)
        .containsExactly(
            "Paged project 001",
            "Paged project 002",
            "Paged project 003",
            "Paged project 004",
            "Paged project 005");

    // By client, both ways: the client's name orders the pages; still each project once.
    List<ProjectRow> byClient = Pages.all(25, Sort.by(ProjectPlanning.SORT_CLIENT), planning::page);
    assertThat(byClient).extracting(ProjectRow::clientName).isSorted();
    assertThat(byClient)
        .extracting(ProjectRow::id)
        .containsExactlyInAnyOrderElementsOf(up.stream().map(ProjectRow::id).toList());
    assertThat(byClient.getFirst().clientName()).isEqualTo("Client K1");
    assertThat(byClient).filteredOn(p -> p.clientName().equals("Client K1")).hasSize(21);
    List<ProjectRow> byClientDown =
        Pages.all(25, Sort.by(Sort.Direction.DESC, ProjectPlanning.SORT_CLIENT), planning::page);
    assertThat(byClientDown)
        .extracting(ProjectRow::clientName)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(byClientDown.getFirst().clientName()).isEqualTo("Client K3");
    assertThat(byClientDown).extracting(ProjectRow::id).doesNotHaveDuplicates().hasSize(62);

    // What a row shows: client, lead and progress (1 of 2 milestones and 0 of 1 visible task
    // done; the internal task's deadline, tomorrow, is the next one staff see).
    assertThat(up)
        .filteredOn(p -> p.id().equals(a.project1()))
        .singleElement()
        .isEqualTo(
            new ProjectRow(
                a.project1(),
                "Project K1",
                "Client K1",
                ProjectStatus.ACTIVE,
                "Staff K",
                33,
                LocalDate.now(clock).plusDays(1)));
    assertThat(planning.list()).containsExactlyElementsOf(up);

    // Only the sortable columns; nothing of another workspace.
    assertThatThrownBy(() -> planning.page(PageRequest.of(0, 25, Sort.by("budget"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(up).extracting(ProjectRow::id).doesNotContain(b.project1(), b.project2());
    Fixtures.signIn(b.staff());
    assertThat(planning.count()).isEqualTo(2);
    assertThat(Pages.all(1, Sort.by(ProjectPlanning.SORT_CLIENT), planning::page))
        .extracting(ProjectRow::id)
        .containsExactly(b.project1(), b.project2());
  }

  @Test
  void eachRowsProgressIsTheProjectsOwn() {
    // The list works progress out in SQL; the project's page from its milestones and tasks
    // (Progress). Both must say the same for every mix of done, due, overdue, undated and internal.
    Agency a = fixtures.agency("M");
    Fixtures.signIn(a.staff());
    LocalDate today = LocalDate.now(clock);
    Random random = new Random(14);
    for (int i = 0; i < 16; i++) {
      UUID project =
          planning.create(
              new ProjectForm(
                  a.client1(),
                  "Mixed " + i,
                  null,
                  ProjectStatus.ACTIVE,
                  null,
                  null,
                  a.staff().accountId(),
                  null));
      for (int m = 0; m < random.nextInt(4); m++) {
        UUID milestone =
            planning.addMilestone(project, new MilestoneForm("M" + m, due(random, today)));
        if (random.nextInt(3) == 0) {
          planning.setMilestoneDone(milestone, true);
        }
      }
      for (int t = 0; t < random.nextInt(5); t++) {
        UUID task =
            planning.addTask(
                project,
                new TaskForm("T" + t, null, null, due(random, today), random.nextBoolean(), null));
        planning.moveTask(task, TaskStatus.values()[random.nextInt(TaskStatus.values().length)]);
      }
    }

    UUID finished =
        planning.create(
            new ProjectForm(
                a.client1(),
                "Finished",
                null,
                ProjectStatus.COMPLETED,
                null,
                null,
                a.staff().accountId(),
                null));
    planning.setMilestoneDone(
        planning.addMilestone(finished, new MilestoneForm("Launch", today.plusDays(2))), true);
    planning.moveTask(
        planning.addTask(finished, new TaskForm("Handover", null, null, today, true, null)),
        TaskStatus.DONE);

    List<ProjectRow> rows = planning.list();
    assertThat(rows).hasSize(19);
    // the mix has them all: nothing done, part done, all done; a next deadline and none
    assertThat(rows)
        .extracting(ProjectRow::percentDone)
        .contains(0, 100)
        .anyMatch(p -> p % 100 > 0);
    assertThat(rows).extracting(ProjectRow::nextDeadline).containsNull().anyMatch(Objects::nonNull);
    for (ProjectRow row : rows) {
      Progress progress = planning.detail(row.id()).progress();
      assertThat(row.percentDone()).as(row.name()).isEqualTo(progress.percentDone());
      assertThat(row.nextDeadline())
          .as(row.name())
          .isEqualTo(
              progress.upcomingDeadlines().isEmpty()
                  ? null
                  : progress.upcomingDeadlines().getFirst().dueDate());
    }
  }

  private static LocalDate due(Random random, LocalDate today) {
    int day = random.nextInt(10);
    return day == 0 ? null : today.plusDays(day - 4);
  }
}
