package dev.portico.project.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalProjects.PortalProject;
import dev.portico.project.PortalProjects.TeamMember;
import dev.portico.project.Progress.Deadline;
import dev.portico.project.ui.StatusLabels;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import dev.portico.shared.ui.ViewingAs;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One project for the client: progress, milestones, deadlines, shared tasks, Replies, and what
 * other features add (deliverables, the way to send feedback).
 */
@Route("portal/projects/:projectId")
@PageTitle("Project")
@RolesAllowed(Roles.CLIENT)
public class PortalProjectView extends Div implements BeforeEnterObserver {

  private final PortalProjects projects;
  private final List<PortalProjectSection> sections;
  private UUID projectId;

  public PortalProjectView(PortalProjects projects, List<PortalProjectSection> sections) {
    this.projects = projects;
    this.sections = sections;
    addClassName("portal-project");
  }

  static RouteParameters params(UUID projectId) {
    return new RouteParameters("projectId", projectId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    projectId = Routes.id(event, "projectId", "Project");
    render();
  }

  private void render() {
    PortalProject p = projects.project(projectId);
    removeAll();
    Div title = new Div(new H1(p.name()), StatusLabels.badge(p.status()));
    title.addClassName("title-row");
    add(title);
    if (p.description() != null) {
      add(new Paragraph(p.description()));
    }
    Span facts =
        new Span(
            timeline(p.startDate(), p.endDate())
                + (p.leadName() == null ? "" : " · Your contact: " + p.leadName()));
    facts.addClassName("facts");
    Span percent =
        new Span(
            p.progress().percentDone()
                + "% done · "
                + p.progress().milestonesDone()
                + " of "
                + p.progress().milestonesTotal()
                + " milestones complete");
    percent.addClassName("percent-done");
    add(facts, percent, new ProgressBar(0, 100, p.progress().percentDone()));

    if (!p.team().isEmpty()) {
      add(new H2("Team"));
      UnorderedList team = new UnorderedList();
      team.addClassName("team");
      for (TeamMember member : p.team()) {
        Span name = new Span(member.name());
        name.addClassName("team-name");
        Span role = new Span(member.role());
        role.addClassName("team-role");
        team.add(new ListItem(name, role));
      }
      add(team);
    }

    add(new H2("Milestones"));
    UnorderedList milestones = new UnorderedList();
    milestones.addClassName("milestones");
    p.milestones()
        .forEach(
            m -> {
              ListItem item =
                  new ListItem(
                      (m.done() ? "✓ " : "○ ") + m.title() + " · " + Formats.date(m.dueDate()));
              item.addClassName(m.done() ? "done" : "open");
              milestones.add(item);
            });
    add(milestones);

    if (!p.progress().overdue().isEmpty()) {
      add(new H2("Overdue"));
      UnorderedList overdue = new UnorderedList();
      overdue.addClassName("overdue");
      for (Deadline d : p.progress().overdue()) {
        overdue.add(new ListItem(d.title() + " — was due " + Formats.date(d.dueDate())));
      }
      add(overdue);
    }
    if (!p.progress().upcomingDeadlines().isEmpty()) {
      add(new H2("Upcoming deadlines"));
      UnorderedList deadlines = new UnorderedList();
      deadlines.addClassName("deadlines");
      for (Deadline d : p.progress().upcomingDeadlines()) {
        deadlines.add(new ListItem(Formats.date(d.dueDate()) + " — " + d.title()));
      }
      add(deadlines);
    }

    if (!p.tasks().isEmpty()) {
      add(new H2("What we are working on"));
      UnorderedList tasks = new UnorderedList();
      tasks.addClassName("tasks");
      p.tasks()
          .forEach(
              t ->
                  tasks.add(
                      new ListItem(
                          new RouterLink(
                              t.title(), PortalTaskView.class, PortalTaskView.params(t.id())),
                          new Span(
                              " · "
                                  + StatusLabels.status(t.status())
                                  + (t.dueDate() == null
                                      ? ""
                                      : " · due " + Formats.date(t.dueDate()))))));
      add(tasks);
    }

    sections.stream()
        .filter(section -> section.aboveConversation() && section.shown())
        .forEach(section -> add(section.create(p)));

    add(new H2("Conversation"));
    Replies thread = new Replies(p.replies(), "No messages yet.");
    TextArea message = new TextArea();
    message.setPlaceholder("Write a reply");
    message.setAriaLabel("Reply");
    message.setWidthFull();
    Button send =
        new Button(
            "Send reply",
            e -> {
              if (Actions.run(
                  () -> projects.reply(projectId, message.getValue()), Map.of("body", message))) {
                render();
              }
            });
    ViewingAs.disable(send);
    add(thread, message, send);

    sections.stream()
        .filter(section -> !section.aboveConversation() && section.shown())
        .forEach(section -> add(section.create(p)));
  }

  /** "1 Feb 2027 – 30 Apr 2027", or the half that is known. */
  static String timeline(LocalDate start, LocalDate end) {
    if (start != null && end != null) {
      return Formats.date(start) + " – " + Formats.date(end);
    }
    if (start != null) {
      return "Started " + Formats.date(start);
    }
    return end != null ? "Due " + Formats.date(end) : "No dates yet";
  }
}
