package dev.portico.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.ProjectPlanning.StaffMember;
import dev.portico.project.TaskForm;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskPriority;
import dev.portico.project.TaskStatus;
import dev.portico.project.TaskWork;
import dev.portico.project.TaskWork.TaskDetail;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One task or inbox item as staff see it: the full message, what it is about, its thread of Replies
 * and Notes, and what can be done with it — answer the client and mark it handled (feedback), mark
 * it done, hand it to someone else, edit planned work.
 */
@Route("staff/tasks/:taskId")
@PageTitle("Task")
@RolesAllowed(Roles.STAFF)
public class StaffTaskView extends VerticalLayout implements BeforeEnterObserver {

  private final TaskWork work;
  private final List<StaffTaskSection> sections;
  private final Clock clock;
  private UUID taskId;

  public StaffTaskView(TaskWork work, List<StaffTaskSection> sections, Clock clock) {
    this.work = work;
    this.sections = sections;
    this.clock = clock;
    addClassName("task-detail");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    taskId = Routes.id(event, "taskId", "Task");
    render();
  }

  private void render() {
    TaskDetail t = work.task(taskId);
    removeAll();
    add(
        t.projectId() == null
            ? new RouterLink("← Inbox", InboxView.class)
            : new RouterLink(
                "← " + t.projectName(),
                ProjectDetailView.class,
                ProjectDetailView.params(t.projectId())));
    Div title = new Div(new H1(t.title()));
    title.addClassName("title-row");
    Div badges = new Div(InboxLabels.kindBadge(t.kind()), statusBadge(t));
    var sla = InboxLabels.sla(t.sla(), t.escalatedAt() != null);
    if (sla != null) {
      badges.add(sla);
    }
    badges.addClassName("inbox-badges");
    add(title, badges);
    add(facts(t));
    if (t.description() != null && !t.description().isBlank()) {
      add(new H2(t.kind() == TaskKind.FEEDBACK ? "The client wrote" : "Description"));
      Paragraph description = new Paragraph(t.description());
      description.addClassName("message-text");
      add(description);
    }
    sections.stream().map(s -> s.create(t)).filter(Objects::nonNull).forEach(this::add);
    add(actions(t));
    add(new H2(t.kind() == TaskKind.FEEDBACK ? "Answers and notes" : "Replies and notes"));
    add(
        new ThreadPanel(
            t.thread(),
            t.repliesReachClient(),
            (kind, body) -> work.comment(t.id(), kind, body),
            this::render));
    if (!t.history().isEmpty()) {
      add(new H2("History"));
      Div history = new Div();
      history.addClassName("history");
      t.history()
          .forEach(
              e ->
                  history.add(
                      new Paragraph(
                          Formats.dateTime(e.at())
                              + " · "
                              + e.actorName()
                              + " · "
                              + e.action()
                              + (e.detail() == null ? "" : ": " + e.detail()))));
      add(history);
    }
  }

  private Component facts(TaskDetail t) {
    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        fact("Project", t.projectName() == null ? "No project" : t.projectName()),
        fact("Client", t.clientName() == null ? "—" : t.clientName()),
        fact("Assigned to", t.assigneeName() == null ? "Nobody" : t.assigneeName()),
        fact("Priority", InboxLabels.priority(t.priority())),
        fact(
            "Created",
            Formats.dateTime(t.createdAt())
                + " ("
                + InboxLabels.age(t.createdAt(), clock.instant())
                + ")"));
    if (t.respondBy() != null) {
      facts.add(fact("Answer by", Formats.dateTime(t.respondBy())));
    }
    if (t.dueDate() != null) {
      facts.add(fact("Due", Formats.date(t.dueDate())));
    }
    facts.add(fact("Visibility", t.repliesReachClient() ? "The client sees this" : "Internal"));
    if (t.completedAt() != null) {
      facts.add(fact(t.needsAnswer() ? "Handled" : "Done", Formats.dateTime(t.completedAt())));
    }
    return facts;
  }

  private Component actions(TaskDetail t) {
    Div actions = new Div();
    actions.addClassName("task-actions");
    boolean done = t.status() == TaskStatus.DONE;
    if (t.needsAnswer() && !done) {
      TextArea answer = new TextArea("Answer the client");
      answer.setPlaceholder("Your answer is posted as a Reply and mailed to the client.");
      answer.setMaxLength(10000);
      answer.setWidthFull();
      Button handle =
          new Button(
              "Send answer and mark handled",
              e -> {
                if (Actions.run(
                    () -> work.complete(t.id(), answer.getValue()), Map.of("answer", answer))) {
                  Actions.success("Handled. The client gets your answer by mail.");
                  render();
                }
              });
      handle.addThemeVariants(ButtonVariant.PRIMARY);
      actions.add(answer, handle);
    } else if (!done) {
      if (t.status() == TaskStatus.TODO) {
        actions.add(new Button("Start", e -> act(() -> work.start(t.id()))));
      }
      Button complete = new Button("Mark done", e -> act(() -> work.complete(t.id(), null)));
      complete.addThemeVariants(ButtonVariant.PRIMARY);
      actions.add(complete);
    } else if (!t.needsAnswer()) {
      actions.add(new Button("Reopen", e -> act(() -> work.reopen(t.id()))));
    }
    if (!done) {
      ComboBox<StaffMember> to = new ComboBox<>();
      to.setAriaLabel("Reassign to");
      to.setPlaceholder("Reassign to…");
      to.setItems(work.staff().stream().filter(s -> !s.id().equals(t.assigneeId())).toList());
      to.setItemLabelGenerator(StaffMember::name);
      Button reassign =
          new Button(
              "Reassign",
              e -> {
                if (to.getValue() == null) {
                  to.setInvalid(true);
                  to.setErrorMessage("Choose who takes it over");
                  return;
                }
                String name = to.getValue().name();
                if (Actions.run(() -> work.reassign(t.id(), to.getValue().id()))) {
                  Actions.success("Reassigned to " + name + ". They got a mail.");
                  render();
                }
              });
      HorizontalLayout handOver = new HorizontalLayout(to, reassign);
      handOver.setAlignItems(Alignment.BASELINE);
      handOver.setWrap(true);
      actions.add(handOver);
    }
    if (t.kind() == TaskKind.WORK) {
      actions.add(new Button("Edit", e -> edit(t)));
    }
    return actions;
  }

  private void edit(TaskDetail t) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Edit task");
    TextField title = new TextField("Title");
    title.setValue(t.title());
    title.setWidthFull();
    TextArea description = new TextArea("Description");
    description.setValue(t.description() == null ? "" : t.description());
    description.setWidthFull();
    ComboBox<StaffMember> assignee = new ComboBox<>("Assignee");
    List<StaffMember> staff = work.staff();
    assignee.setItems(staff);
    assignee.setItemLabelGenerator(StaffMember::name);
    staff.stream()
        .filter(s -> s.id().equals(t.assigneeId()))
        .findFirst()
        .ifPresent(assignee::setValue);
    DatePicker due = DateFields.picker("Due date");
    due.setValue(t.dueDate());
    Select<TaskPriority> priority = new Select<>();
    priority.setLabel("Priority");
    priority.setItems(TaskPriority.values());
    priority.setItemLabelGenerator(InboxLabels::priority);
    priority.setValue(t.priority());
    Checkbox visible = new Checkbox("The client can see it", t.clientVisible());
    Button save =
        new Button(
            "Save",
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
                  () -> work.update(t.id(), form),
                  Map.of("title", title, "description", description))) {
                dialog.close();
                render();
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    dialog.add(new VerticalLayout(title, description, assignee, due, priority, visible));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void act(Runnable action) {
    if (Actions.run(action)) {
      render();
    }
  }

  private static Component statusBadge(TaskDetail t) {
    String text =
        t.needsAnswer() && t.status() == TaskStatus.DONE
            ? "Handled"
            : StatusLabels.status(t.status());
    return new Span(text) {
      {
        addClassName("status-text");
      }
    };
  }

  private static Div fact(String label, String value) {
    Div fact = new Div(new Span(label), new Span(value));
    fact.addClassName("fact");
    return fact;
  }
}
