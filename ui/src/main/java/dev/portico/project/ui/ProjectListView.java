package dev.portico.project.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.portico.client.ClientDirectory;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectRow;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.PageHeader;
import dev.portico.shared.ui.PhoneColumn;
import dev.portico.shared.ui.PhoneColumn.Stacked;
import dev.portico.shared.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/** All projects of the agency with status, lead, progress and the next deadline. */
@Route("staff/projects")
@RouteAlias("staff")
@PageTitle("Projects")
@RolesAllowed(Roles.STAFF)
public class ProjectListView extends VerticalLayout {

  public ProjectListView(ProjectPlanning planning, ClientDirectory clients) {
    PageHeader top =
        new PageHeader(
            "Projects",
            "New project",
            () -> new ProjectEditor(planning, clients, null, this::open).open());

    // Lazy: the grid asks for a page of 50 at a time, sorted in SQL.
    Grid<ProjectRow> grid = new Grid<>();
    grid.addColumn(ProjectRow::name)
        .setHeader("Project")
        .setFlexGrow(2)
        .setSortable(true)
        .setSortProperty(ProjectPlanning.SORT_NAME);
    grid.addColumn(ProjectRow::clientName)
        .setHeader("Client")
        .setSortable(true)
        .setSortProperty(ProjectPlanning.SORT_CLIENT);
    StatusBadge.column(grid, p -> StatusLabels.statusBadge(p.status())).setHeader("Status");
    grid.addColumn(ProjectRow::leadName).setHeader("Lead");
    grid.addColumn(p -> p.percentDone() + "%").setHeader("Done");
    grid.addColumn(p -> Formats.date(p.nextDeadline())).setHeader("Next deadline");
    PhoneColumn.add(
        grid,
        "Project",
        ProjectPlanning.SORT_NAME,
        p ->
            Stacked.of(p.name())
                .line(p.clientName(), p.leadName())
                .badge(StatusLabels.statusBadge(p.status()))
                .line(
                    p.percentDone() + "% done",
                    p.nextDeadline() == null
                        ? null
                        : "next deadline " + Formats.date(p.nextDeadline())));
    grid.setItems(
        query -> planning.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> planning.count());
    grid.addItemClickListener(e -> open(e.getItem().id()));
    grid.addClassNames("projects-grid", "paged-grid");
    add(top, grid);
  }

  private void open(UUID id) {
    getUI().ifPresent(ui -> ui.navigate(ProjectDetailView.class, ProjectDetailView.params(id)));
  }
}
