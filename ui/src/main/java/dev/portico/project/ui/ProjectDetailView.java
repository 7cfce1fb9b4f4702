package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ui.ClientDetailView;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One project as staff see it: facts, progress, milestones, tasks, sections of other features
 * (deliverables), Replies and Notes.
 */
@Route("staff/projects/:projectId")
@PageTitle("Project")
@RolesAllowed(Roles.STAFF)
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final ProjectPlanning planning;
  private final ClientDirectory clients;
  private final List<StaffProjectSection> sections;
  private UUID projectId;

  public ProjectDetailView(
      ProjectPlanning planning, ClientDirectory clients, List<StaffProjectSection> sections) {
    this.planning = planning;
    this.clients = clients;
    this.sections = sections;
    addClassName("project-detail");
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
    ProjectDetail project = planning.detail(projectId);
    removeAll();
    Button edit =
        new Button(
            "Edit project",
            e -> new ProjectEditor(planning, clients, project, id -> render()).open());
    HorizontalLayout title =
        new HorizontalLayout(new H1(project.name()), StatusLabels.badge(project.status()), edit);
    title.setAlignItems(FlexComponent.Alignment.CENTER);

    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        fact("Client", project.clientName()),
        fact("Lead", project.leadName()),
        fact("Dates", Formats.date(project.startDate()) + " – " + Formats.date(project.endDate())),
        fact(
            "Budget (internal)",
            project.budget() == null
                ? "—"
                : NumberFormat.getCurrencyInstance(Locale.GERMANY).format(project.budget())));

    ProgressBar bar = new ProgressBar(0, 100, project.progress().percentDone());
    Span percent =
        new Span(
            project.progress().percentDone()
                + "% done · "
                + project.progress().milestonesDone()
                + " of "
                + project.progress().milestonesTotal()
                + " milestones");
    percent.addClassName("percent-done");

    RouterLink access =
        new RouterLink(
            "Client access: invite or manage contacts",
            ClientDetailView.class,
            new RouteParameters("clientId", project.clientId().toString()));
    access.addClassName("client-access-link");
    add(title, facts, access);
    if (project.description() != null) {
      add(new Paragraph(project.description()));
    }
    add(
        percent,
        bar,
        new H2("Milestones"),
        new MilestonesPanel(planning, project, this::render),
        new H2("Tasks"),
        new TasksPanel(planning, project, this::render));
    sections.forEach(section -> add(section.create(project, this::render)));
    add(new H2("Conversation"), new ConversationPanel(planning, project, this::render));
  }

  private static Div fact(String label, String value) {
    Div fact = new Div(new Span(label), new Span(value == null ? "—" : value));
    fact.addClassName("fact");
    return fact;
  }
}
