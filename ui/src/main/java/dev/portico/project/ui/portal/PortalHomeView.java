package dev.portico.project.ui.portal;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.Progress.Deadline;
import dev.portico.project.ProjectStatus;
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

    Div actions = new Div();
    actions.addClassName("action-cards");
    actions.add(
        actionCard(
            "In progress",
            inProgress.size() + (inProgress.size() == 1 ? " project" : " projects")));
    List<Deadline> deadlines =
        mine.stream()
            .flatMap(p -> p.progress().upcomingDeadlines().stream())
            .sorted(Comparator.comparing(Deadline::dueDate))
            .limit(5)
            .toList();
    actions.add(
        actionCard(
            "Next deadline",
            deadlines.isEmpty()
                ? "Nothing due"
                : deadlines.getFirst().title()
                    + " · "
                    + Formats.date(deadlines.getFirst().dueDate())));
    moreCards.stream().filter(PortalHomeCard::shown).forEach(card -> actions.add(card.create()));
    add(actions);

    add(new H2("In progress"));
    if (inProgress.isEmpty()) {
      add(new Paragraph("No project is in progress right now."));
    }
    Div cards = new Div();
    cards.addClassName("project-cards");
    inProgress.forEach(p -> cards.add(new ProjectCard(p)));
    add(cards);

    if (!deadlines.isEmpty()) {
      add(new H2("Upcoming deadlines"));
      UnorderedList list = new UnorderedList();
      list.addClassName("deadlines");
      deadlines.forEach(d -> list.add(new ListItem(Formats.date(d.dueDate()) + " — " + d.title())));
      add(list);
    }
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
