package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.portico.client.ClientDirectory;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectRow;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** All projects of the agency with status, lead, progress and the next deadline. */
@Route("staff/projects")
@RouteAlias("staff")
@PageTitle("Projects")
@RolesAllowed(Roles.STAFF)
public class ProjectListView extends VerticalLayout {

  public ProjectListView(ProjectPlanning planning, ClientDirectory clients) {
    Button create =
        new Button(
            "New project",
            e ->
                new ProjectEditor(
                        planning,
                        clients,
                        null,
                        id ->
                            getUI()
                                .ifPresent(
                                    ui ->
                                        ui.navigate(
                                            ProjectDetailView.class, ProjectDetailView.params(id))))
                    .open());
    create.addThemeVariants(ButtonVariant.PRIMARY);
    HorizontalLayout top = new HorizontalLayout(new H1("Projects"), create);
    top.setWidthFull();
    top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    top.setAlignItems(FlexComponent.Alignment.CENTER);

    Grid<ProjectRow> grid = new Grid<>();
    grid.addColumn(ProjectRow::name).setHeader("Project").setFlexGrow(2).setSortable(true);
    grid.addColumn(ProjectRow::clientName).setHeader("Client").setSortable(true);
    grid.addComponentColumn(p -> StatusLabels.badge(p.status())).setHeader("Status");
    grid.addColumn(ProjectRow::leadName).setHeader("Lead");
    grid.addColumn(p -> p.percentDone() + "%").setHeader("Done");
    grid.addColumn(p -> Formats.date(p.nextDeadline())).setHeader("Next deadline");
    grid.setItems(planning.list());
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ProjectDetailView.class, ProjectDetailView.params(e.getItem().id()))));
    grid.setAllRowsVisible(true);
    grid.addClassName("projects-grid");
    add(top, grid);
  }
}
