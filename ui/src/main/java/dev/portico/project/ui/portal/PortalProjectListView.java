package dev.portico.project.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.ProjectStatus;
import dev.portico.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** All projects of the client's company, grouped: in progress, planned, completed. */
@Route("portal/projects")
@PageTitle("Projects")
@RolesAllowed(Roles.CLIENT)
public class PortalProjectListView extends Div {

  public PortalProjectListView(PortalProjects projects) {
    add(new H1("Your projects"));
    var mine = projects.myProjects();
    if (mine.isEmpty()) {
      add(new Paragraph("There are no projects yet."));
    }
    group("In progress", ProjectStatus.ACTIVE, mine);
    group("Planned", ProjectStatus.PLANNED, mine);
    group("Completed", ProjectStatus.COMPLETED, mine);
  }

  /** Active projects first, then planned, then completed; a group without projects is left out. */
  private void group(String title, ProjectStatus status, List<ProjectProgress> mine) {
    List<ProjectProgress> inGroup = mine.stream().filter(p -> p.status() == status).toList();
    if (inGroup.isEmpty()) {
      return;
    }
    H2 heading = new H2(title);
    Div cards = new Div();
    cards.addClassNames("project-cards", "projects-" + status.name().toLowerCase());
    inGroup.forEach(p -> cards.add(new ProjectCard(p)));
    add(heading, cards);
  }
}
