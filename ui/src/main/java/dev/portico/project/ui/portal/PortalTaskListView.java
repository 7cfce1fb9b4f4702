package dev.portico.project.ui.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.ProjectProgress;
import dev.portico.project.PortalTasks;
import dev.portico.project.PortalTasks.PortalTaskRow;
import dev.portico.project.TaskStatus;
import dev.portico.project.ui.StatusLabels;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The client's tasks across its projects (only those the agency shares), filtered by project and
 * status; the filters live in the address, so a filtered list can be bookmarked or shared.
 */
@Route("portal/tasks")
@PageTitle("Tasks")
@RolesAllowed(Roles.CLIENT)
public class PortalTaskListView extends Div implements BeforeEnterObserver {

  private final PortalTasks tasks;
  private final Map<UUID, String> projectNames;
  private final Select<UUID> project = new Select<>();
  private final Select<TaskStatus> status = new Select<>();
  private final Paragraph count = new Paragraph();
  private final UnorderedList list = new UnorderedList();

  public PortalTaskListView(PortalTasks tasks, PortalProjects projects) {
    this.tasks = tasks;
    this.projectNames =
        projects.myProjects().stream()
            .collect(
                Collectors.toMap(
                    ProjectProgress::id, ProjectProgress::name, (a, b) -> a, LinkedHashMap::new));
    addClassName("portal-tasks");

    project.setLabel("Project");
    project.setItems(projectNames.keySet());
    project.setItemLabelGenerator(id -> id == null ? "All projects" : projectNames.get(id));
    project.setEmptySelectionAllowed(true);
    project.setEmptySelectionCaption("All projects");
    status.setLabel("Status");
    status.setItems(TaskStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "All" : StatusLabels.status(s));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("All");
    project.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            filtered();
          }
        });
    status.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            filtered();
          }
        });
    Div filters = new Div(project, status);
    filters.addClassName("filters");
    count.addClassName("count");
    list.addClassName("portal-task-list");
    add(new H1("Tasks"), intro(), filters, count, list);
  }

  private static Paragraph intro() {
    Paragraph p =
        new Paragraph(
            "What the team shares with you across your projects. Open a task to read it in full"
                + " and reply.");
    p.addClassName("intro");
    return p;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    project.setValue(
        query
            .getSingleParameter("project")
            .flatMap(PortalTaskListView::uuid)
            .filter(projectNames::containsKey)
            .orElse(null));
    status.setValue(
        query.getSingleParameter("status").flatMap(PortalTaskListView::status).orElse(null));
    render();
  }

  /** A filter changed: the list follows, and so does the address. */
  private void filtered() {
    Map<String, String> params = new LinkedHashMap<>();
    if (project.getValue() != null) {
      params.put("project", project.getValue().toString());
    }
    if (status.getValue() != null) {
      params.put("status", status.getValue().name());
    }
    UI.getCurrent()
        .getPage()
        .getHistory()
        .replaceState(null, new Location("portal/tasks", QueryParameters.simple(params)));
    render();
  }

  private void render() {
    List<PortalTaskRow> rows = tasks.myTasks(project.getValue(), status.getValue());
    list.removeAll();
    boolean filtering = project.getValue() != null || status.getValue() != null;
    if (rows.isEmpty()) {
      count.setText(
          filtering ? "No task matches these filters." : "The team has not shared any task yet.");
    } else {
      count.setText(rows.size() == 1 ? "1 task" : rows.size() + " tasks");
    }
    rows.forEach(row -> list.add(item(row)));
  }

  private static ListItem item(PortalTaskRow t) {
    RouterLink title =
        new RouterLink(t.title(), PortalTaskView.class, PortalTaskView.params(t.id()));
    title.addClassName("task-title");
    Div head = new Div(title, TaskLabels.status(t.status()));
    head.addClassName("task-head");
    Div meta = new Div();
    meta.addClassName("task-meta");
    meta.add(
        fact("Project", t.projectName()),
        fact("Priority", TaskLabels.priority(t.priority())),
        fact("Assigned to", t.assigneeName() == null ? "Not assigned" : t.assigneeName()),
        fact("Due", Formats.date(t.dueDate())));
    ListItem item = new ListItem(head, meta);
    item.addClassName("portal-task");
    return item;
  }

  private static Span fact(String label, String value) {
    Span name = new Span(label + " ");
    name.addClassName("label");
    Span fact = new Span(name, new Span(value == null ? "—" : value));
    fact.addClassName("task-fact");
    return fact;
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<TaskStatus> status(String value) {
    return Arrays.stream(TaskStatus.values()).filter(s -> s.name().equals(value)).findFirst();
  }
}
