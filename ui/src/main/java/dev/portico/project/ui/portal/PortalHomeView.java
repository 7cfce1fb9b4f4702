package dev.portico.project.ui.portal;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.PortalTasks;
import dev.portico.project.PortalTasks.PortalTaskRow;
import dev.portico.project.Progress.Deadline;
import dev.portico.project.ProjectStatus;
import dev.portico.project.TaskStatus;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** The client's start page: a greeting, what needs them, what is in progress, what is due. */
@Route("portal")
@PageTitle("Home")
@RolesAllowed(Roles.CLIENT)
public class PortalHomeView extends Div {

  public PortalHomeView(
      PortalProjects projects,
      PortalTasks tasks,
      WorkspaceSettings workspace,
      CurrentUser currentUser,
      List<PortalHomeCard> moreCards) {
    addClassName("portal-home");
    String firstName = currentUser.require().name().split(" ")[0];
    add(new H1(greeting() + ", " + firstName));
    String welcome = workspace.branding().welcomeMessage();
    if (welcome != null) {
      Paragraph message = new Paragraph(welcome);
      message.addClassName("welcome");
      add(message);
    }

    List<ProjectProgress> mine = projects.myProjects();
    List<ProjectProgress> inProgress =
        mine.stream().filter(p -> p.status() == ProjectStatus.ACTIVE).toList();
    List<Due> deadlines =
        mine.stream()
            .flatMap(p -> p.progress().upcomingDeadlines().stream().map(d -> new Due(p, d)))
            .sorted(Comparator.comparing((Due d) -> d.deadline().dueDate()))
            .limit(5)
            .toList();
    List<Due> overdue =
        mine.stream()
            .flatMap(p -> p.progress().overdue().stream().map(d -> new Due(p, d)))
            .sorted(Comparator.comparing((Due d) -> d.deadline().dueDate()))
            .toList();

    Div actions = new Div();
    actions.addClassName("action-cards");
    Card projectsCard =
        actionCard(
            "View projects",
            inProgress.size()
                + (inProgress.size() == 1 ? " project" : " projects")
                + " in progress");
    projectsCard.addClassName("projects-card");
    projectsCard.add(new RouterLink("View projects", PortalProjectListView.class));
    actions.add(projectsCard);
    if (!deadlines.isEmpty()) {
      Due next = deadlines.getFirst();
      Card nextCard =
          actionCard(
              "Next deadline",
              next.deadline().title() + " · " + Formats.date(next.deadline().dueDate()));
      nextCard.addClassName("next-deadline-card");
      nextCard.add(projectLink(next.project()));
      actions.add(nextCard);
    }
    moreCards.forEach(card -> card.create().ifPresent(actions::add));
    add(actions);

    add(new H2("Ongoing work"));
    UnorderedList ongoing = new UnorderedList();
    ongoing.addClassName("ongoing");
    for (PortalTaskRow task : tasks.myTasks(null, TaskStatus.IN_PROGRESS)) {
      ongoing.add(
          item(
              new RouterLink(task.title(), PortalTaskView.class, PortalTaskView.params(task.id())),
              "Task · " + task.projectName()));
    }
    for (ProjectProgress p : inProgress) {
      p.progress().upcomingDeadlines().stream()
          .filter(Deadline::milestone)
          .findFirst()
          .ifPresent(
              m ->
                  ongoing.add(
                      item(
                          projectLink(p, m.title()),
                          "Milestone · " + p.name() + " · due " + Formats.date(m.dueDate()))));
    }
    if (ongoing.getChildren().findAny().isEmpty()) {
      add(new Paragraph("Nothing is being worked on right now."));
    } else {
      add(ongoing);
    }

    add(new H2("In progress"));
    if (inProgress.isEmpty()) {
      add(new Paragraph("No project is in progress right now."));
    }
    Div cards = new Div();
    cards.addClassName("project-cards");
    inProgress.forEach(p -> cards.add(new ProjectCard(p)));
    add(cards);

    if (!overdue.isEmpty()) {
      add(new H2("Overdue"));
      add(deadlineList("overdue", overdue));
    }
    if (!deadlines.isEmpty()) {
      add(new H2("Upcoming deadlines"));
      add(deadlineList("deadlines", deadlines));
    }
  }

  /** A deadline with the project it belongs to. */
  private record Due(ProjectProgress project, Deadline deadline) {}

  private static UnorderedList deadlineList(String className, List<Due> dues) {
    UnorderedList list = new UnorderedList();
    list.addClassName(className);
    for (Due due : dues) {
      ListItem item =
          new ListItem(
              new Span(
                  Formats.date(due.deadline().dueDate()) + " — " + due.deadline().title() + " · "),
              projectLink(due.project()));
      list.add(item);
    }
    return list;
  }

  private static ListItem item(RouterLink link, String detail) {
    Span what = new Span(detail);
    what.addClassName("detail");
    return new ListItem(link, what);
  }

  private static RouterLink projectLink(ProjectProgress project) {
    return projectLink(project, project.name());
  }

  private static RouterLink projectLink(ProjectProgress project, String text) {
    return new RouterLink(text, PortalProjectView.class, PortalProjectView.params(project.id()));
  }

  private static Card actionCard(String title, String value) {
    Card card = new Card();
    card.addClassName("action-card");
    card.setTitle(value);
    card.setSubtitle(title);
    return card;
  }

  private static String greeting() {
    int hour = LocalTime.now().getHour();
    return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
  }
}
