package dev.portico.project.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.project.PortalProjects;
import dev.portico.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** All projects of the client's company, whatever their status. */
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
    Div cards = new Div();
    cards.addClassName("project-cards");
    mine.forEach(p -> cards.add(new ProjectCard(p)));
    add(cards);
  }
}
