package dev.portico.project.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.TaskRow;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in staff member's inbox: open tasks across projects, client feedback included. */
@Route("staff/tasks")
@PageTitle("My tasks")
@RolesAllowed(Roles.STAFF)
public class MyTasksView extends VerticalLayout {

  public MyTasksView(ProjectPlanning planning) {
    var tasks = planning.myOpenTasks();
    add(new H1("My tasks"));
    if (tasks.isEmpty()) {
      add(new Paragraph("Nothing open. Well done."));
      return;
    }
    Grid<TaskRow> grid = new Grid<>();
    grid.addColumn(TaskRow::title).setHeader("Task").setFlexGrow(3);
    grid.addColumn(t -> t.projectId() == null ? "—" : t.projectName()).setHeader("Project");
    grid.addColumn(t -> StatusLabels.status(t.status())).setHeader("Status");
    grid.addColumn(t -> Formats.date(t.dueDate())).setHeader("Due");
    grid.setItems(tasks);
    grid.setAllRowsVisible(true);
    // A task in no project (a payment to chase) says what to do in its title; it opens nothing.
    grid.addItemClickListener(
        e -> {
          if (e.getItem().projectId() != null) {
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ProjectDetailView.class,
                            ProjectDetailView.params(e.getItem().projectId())));
          }
        });
    add(grid);
  }
}
