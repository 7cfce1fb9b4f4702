package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.MyFeedback;
import dev.portico.project.PortalProjects;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.Roles;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * The portal's Feedback tab: write to the agency about a project or in general, with files, and
 * follow what became of everything sent. Growth and Scale plans only; elsewhere it is "not found".
 */
@Route("portal/feedback")
@PageTitle("Feedback")
@RolesAllowed(Roles.CLIENT)
public class PortalFeedbackView extends Div implements BeforeEnterObserver {

  private final ClientFeedback feedback;
  private final PortalProjects projects;
  private final WorkspaceSettings workspace;
  private final Div mine = new Div();

  public PortalFeedbackView(
      ClientFeedback feedback, PortalProjects projects, WorkspaceSettings workspace) {
    this.feedback = feedback;
    this.projects = projects;
    this.workspace = workspace;
    addClassName("portal-feedback");
    mine.addClassName("my-feedback");
  }

  /** The address of the form, about this project. */
  public static String about(UUID projectId) {
    return "portal/feedback?project=" + projectId;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!feedback.available()) {
      throw new NotFoundException("Feedback");
    }
    UUID preselected =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("project")
            .map(PortalFeedbackView::uuid)
            .orElse(null);
    removeAll();
    Paragraph intro =
        new Paragraph(
            "Tell us what you think, about one of your projects or anything else. Someone from"
                + " the team reads every message and answers here; we'll email you when we do.");
    intro.addClassName("intro");
    add(
        new H1("Feedback"),
        intro,
        new FeedbackForm(feedback, preselected, this::recipient, this::list),
        new H2("Your feedback"),
        mine);
    list();
  }

  /**
   * Who gets feedback: the project's lead; general feedback (or a project without one) the team.
   */
  private String recipient(UUID projectId) {
    String lead = projectId == null ? null : projects.project(projectId).leadName();
    return lead != null ? lead : "the " + workspace.branding().agencyName() + " team";
  }

  private void list() {
    List<MyFeedback> sent = feedback.mine();
    mine.removeAll();
    if (sent.isEmpty()) {
      Paragraph none =
          new Paragraph("Nothing sent yet. What you send shows here with our answers.");
      none.addClassName("empty");
      mine.add(none);
    }
    sent.forEach(f -> mine.add(new FeedbackItem(f)));
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
