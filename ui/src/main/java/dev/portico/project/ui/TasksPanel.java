package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.project.ProjectPlanning.StaffMember;
import dev.portico.project.ProjectPlanning.TaskRow;
import dev.portico.project.TaskForm;
import dev.portico.project.TaskPriority;
import dev.portico.project.TaskStatus;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import dev.portico.shared.ui.Formats;
import java.util.Map;

/** The project's tasks: status can be changed in place; new tasks are internal unless ticked. */
class TasksPanel extends Div {

  TasksPanel(ProjectPlanning planning, ProjectDetail project, Runnable changed) {
    addClassName("tasks");
    Grid<TaskRow> grid = new Grid<>();
    grid.addComponentColumn(
            t ->
                new RouterLink(
                    t.title(),
                    StaffTaskView.class,
                    new RouteParameters("taskId", t.id().toString())))
        .setHeader("Task")
        .setFlexGrow(2);
    grid.addComponentColumn(
            t -> {
              Select<TaskStatus> status = new Select<>();
              status.setItems(TaskStatus.values());
              status.setItemLabelGenerator(StatusLabels::status);
              status.setValue(t.status());
              status.setAriaLabel("Status of " + t.title());
              status.addValueChangeListener(
                  e -> {
                    if (e.isFromClient()
                        && Actions.run(() -> planning.moveTask(t.id(), e.getValue()))) {
                      changed.run();
                    }
                  });
              return status;
            })
        .setHeader("Status");
    grid.addColumn(t -> t.assigneeName() == null ? "—" : t.assigneeName()).setHeader("Assignee");
    grid.addColumn(t -> Formats.date(t.dueDate())).setHeader("Due");
    grid.addColumn(t -> t.clientVisible() ? "Client sees it" : "Internal").setHeader("Visibility");
    grid.setItems(project.tasks());
    grid.setAllRowsVisible(true);

    TextField title = new TextField();
    title.setPlaceholder("New task");
    title.setAriaLabel("New task title");
    ComboBox<StaffMember> assignee = new ComboBox<>();
    assignee.setPlaceholder("Assignee");
    assignee.setAriaLabel("Assignee");
    assignee.setItems(planning.staff());
    assignee.setItemLabelGenerator(StaffMember::name);
    DatePicker due = DateFields.picker();
    due.setPlaceholder("Due date");
    due.setAriaLabel("Task due date");
    Select<TaskPriority> priority = new Select<>();
    priority.setAriaLabel("Priority");
    priority.setItems(TaskPriority.values());
    priority.setItemLabelGenerator(InboxLabels::priority);
    priority.setValue(TaskPriority.NORMAL);
    TextArea description = new TextArea();
    description.setPlaceholder("Description (optional)");
    description.setAriaLabel("New task description");
    description.setWidthFull();
    Checkbox visible = new Checkbox("Client can see it");
    Button add =
        new Button(
            "Add task",
            e -> {
              TaskForm form =
                  new TaskForm(
                      title.getValue(),
                      description.getValue(),
                      assignee.getValue() == null ? null : assignee.getValue().id(),
                      due.getValue(),
                      visible.getValue(),
                      priority.getValue());
              if (Actions.run(
                  () -> planning.addTask(project.id(), form),
                  Map.of("title", title, "description", description))) {
                changed.run();
              }
            });
    HorizontalLayout row = new HorizontalLayout(title, assignee, due, priority, visible, add);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    add(grid, row, description);
  }
}
