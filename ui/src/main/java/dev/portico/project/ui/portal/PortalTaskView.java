package dev.portico.project.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalTasks;
import dev.portico.project.PortalTasks.PortalTaskDetail;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.CharacterCount;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import dev.portico.shared.ui.ViewingAs;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;

/**
 * One shared task for the client: what it is, where it stands, and its Reply thread. The client
 * reads and replies; changing the task is the team's work, so there are no controls for it here.
 */
@Route("portal/tasks/:taskId")
@PageTitle("Task")
@RolesAllowed(Roles.CLIENT)
public class PortalTaskView extends Div implements BeforeEnterObserver {

  static final int MAX_REPLY = 10000;

  private final PortalTasks tasks;
  private UUID taskId;

  public PortalTaskView(PortalTasks tasks) {
    this.tasks = tasks;
    addClassName("portal-task-page");
  }

  static RouteParameters params(UUID taskId) {
    return new RouteParameters("taskId", taskId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    taskId = Routes.id(event, "taskId", "Task");
    render();
  }

  private void render() {
    PortalTaskDetail t = tasks.task(taskId);
    removeAll();
    add(new RouterLink("← All tasks", PortalTaskListView.class));
    Div title = new Div(new H1(t.title()), TaskLabels.status(t.status()));
    title.addClassName("title-row");
    add(title);

    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        fact(
            "Project",
            new RouterLink(
                t.projectName(),
                PortalProjectView.class,
                new RouteParameters("projectId", t.projectId().toString()))),
        fact("Priority", new Span(TaskLabels.priority(t.priority()))),
        fact("Assigned to", new Span(t.assigneeName() == null ? "Not assigned" : t.assigneeName())),
        fact("Due", new Span(Formats.date(t.dueDate()))));
    add(facts);

    add(new H2("Description"));
    boolean described = t.description() != null && !t.description().isBlank();
    Paragraph description = new Paragraph(described ? t.description() : "No description.");
    description.addClassName(described ? "plain-text" : "empty");
    description.addClassName("description");
    add(description);

    add(new H2("Conversation"), new Replies(t.replies(), "No messages yet."), replyForm());
  }

  private Component replyForm() {
    TextArea message = new TextArea("Your reply");
    message.setPlaceholder("A question or an answer for the team");
    message.setRequiredIndicatorVisible(true);
    message.setManualValidation(true); // the service says what is wrong (Actions)
    CharacterCount.limit(message, MAX_REPLY);
    message.setWidthFull();
    Button send =
        new Button(
            "Reply",
            e -> {
              if (Actions.run(
                  () -> tasks.reply(taskId, message.getValue()), Map.of("body", message))) {
                Actions.success("Reply sent. The team sees it on the task.");
                render();
              }
            });
    send.addThemeVariants(ButtonVariant.PRIMARY);
    ViewingAs.disable(send);
    Div form = new Div(message, send);
    form.addClassName("reply-form");
    return form;
  }

  private static Div fact(String label, Component value) {
    Span name = new Span(label);
    Div fact = new Div(name, value);
    fact.addClassName("fact");
    return fact;
  }
}
