package dev.portico.deliverable.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.deliverable.DeliverableDecision;
import dev.portico.deliverable.DeliverableFiles;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.deliverable.DeliverableReview.PortalDeliverable;
import dev.portico.deliverable.DeliverableReview.PortalVersion;
import dev.portico.deliverable.DeliverableStatus;
import dev.portico.deliverable.ui.DeliverableLabels;
import dev.portico.deliverable.ui.FilePreview;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import dev.portico.shared.ui.ViewingAs;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;

/**
 * The client's review page: the current version in the page (image, PDF viewer, video player),
 * Approve or Request changes, and the earlier versions with the feedback given on them.
 */
@Route("portal/projects/:projectId/deliverables/:deliverableId")
@PageTitle("Review")
@RolesAllowed(Roles.CLIENT)
public class PortalDeliverableView extends Div implements BeforeEnterObserver {

  private final DeliverableReview review;
  private final DeliverableFiles files;
  private UUID projectId;
  private UUID deliverableId;

  public PortalDeliverableView(DeliverableReview review, DeliverableFiles files) {
    this.review = review;
    this.files = files;
    addClassName("portal-deliverable");
  }

  static RouteParameters params(UUID projectId, UUID deliverableId) {
    return new RouteParameters(
        Map.of("projectId", projectId.toString(), "deliverableId", deliverableId.toString()));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    projectId = Routes.id(event, "projectId", "Project");
    deliverableId = Routes.id(event, "deliverableId", "Deliverable");
    render();
  }

  private void render() {
    PortalDeliverable d = review.view(deliverableId);
    if (!d.projectId().equals(projectId)) {
      throw new NotFoundException("Deliverable");
    }
    removeAll();
    add(
        new RouterLink(
            "← Back to the project",
            dev.portico.project.ui.portal.PortalProjectView.class,
            new RouteParameters("projectId", projectId.toString())));
    Div title =
        new Div(
            new H1(d.title()),
            DeliverableLabels.badge(DeliverableLabels.client(d.status()), d.status()));
    title.addClassName("title-row");
    add(title);
    if (d.description() != null && !d.description().isBlank()) {
      add(new Paragraph(d.description()));
    }
    PortalVersion current = d.current();
    // The client sees the work before the buttons that decide on it; a settled state is told first.
    boolean deciding = d.status() == DeliverableStatus.IN_REVIEW;
    if (!deciding) {
      add(decision(d, current));
    }
    add(
        new H2("Version " + current.number() + " · shared " + Formats.dateTime(current.readyAt())),
        new FilePreview(
            current.id(),
            current.fileName(),
            current.contentType(),
            current.inline(),
            current.sizeBytes(),
            files.pdfPageCount(current.id())));
    if (deciding) {
      add(decision(d, current));
    }
    if (d.versions().size() > 1
        || current.decision() == DeliverableDecision.Kind.CHANGES_REQUESTED) {
      add(new H2("History"), history(d));
    }
  }

  /** Approve / Request changes while it waits for the client; otherwise where it stands. */
  private Component decision(PortalDeliverable d, PortalVersion current) {
    Div box = new Div();
    box.addClassName("decision");
    switch (d.status()) {
      case APPROVED ->
          box.add(
              notice(
                  "Approved by "
                      + d.approvedBy()
                      + " on "
                      + Formats.dateTime(d.approvedAt())
                      + ". This version is final and locked."));
      case CHANGES_REQUESTED ->
          box.add(
              notice(
                  "You asked for changes on "
                      + Formats.dateTime(current.decidedAt())
                      + ". The team is working on the next version; we will email you when it is"
                      + " ready."));
      case SHARED -> box.add(notice("Shared with you for viewing."));
      case IN_REVIEW -> box.add(decide(d, current));
      case DRAFT -> throw new NotFoundException("Deliverable");
    }
    return box;
  }

  private Component decide(PortalDeliverable d, PortalVersion current) {
    Button approve =
        new Button(
            "Approve version " + current.number(),
            e -> {
              ConfirmDialog confirm =
                  new ConfirmDialog(
                      "Approve “" + d.title() + "”?",
                      "Version "
                          + current.number()
                          + " becomes final: the team cannot change it afterwards.",
                      "Approve",
                      ok -> {
                        if (Actions.run(() -> review.approve(deliverableId, current.id()))) {
                          Actions.success("Approved. Thank you!");
                          render();
                        }
                      });
              confirm.setCancelable(true);
              confirm.open();
            });
    approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
    approve.addClassName("approve");

    TextArea feedback = new TextArea("What should change?");
    feedback.setPlaceholder("Be as specific as you can: what, where, and why.");
    feedback.setWidthFull();
    feedback.setMaxLength(10000);
    Button requestChanges =
        new Button(
            "Request changes",
            e -> {
              if (Actions.run(
                  () -> review.requestChanges(deliverableId, current.id(), feedback.getValue()),
                  Map.of("feedback", feedback))) {
                Actions.success(
                    "Sent to the team. We will email you when the next version is ready.");
                render();
              }
            });
    requestChanges.addClassName("request-changes");
    ViewingAs.disable(approve, requestChanges);
    Div changes = new Div(feedback, requestChanges);
    changes.addClassName("changes-form");
    return new Div(
        new Paragraph(
            "Please look at version "
                + current.number()
                + " above, then approve it or tell us what to change."),
        approve,
        changes);
  }

  private Component history(PortalDeliverable d) {
    UnorderedList list = new UnorderedList();
    list.addClassName("version-history");
    for (PortalVersion v : d.versions()) {
      ListItem item =
          new ListItem(
              FilePreview.downloadLink(v.id(), "Version " + v.number() + " · " + v.fileName()),
              new Span(" · shared " + Formats.dateTime(v.readyAt())));
      if (v.decision() == DeliverableDecision.Kind.APPROVED) {
        item.add(
            new Paragraph(
                "Approved by " + v.decidedBy() + " · " + Formats.dateTime(v.decidedAt())));
      } else if (v.decision() == DeliverableDecision.Kind.CHANGES_REQUESTED) {
        Paragraph fb =
            new Paragraph(
                "Changes requested by "
                    + v.decidedBy()
                    + " · "
                    + Formats.dateTime(v.decidedAt())
                    + ": “"
                    + v.feedback()
                    + "”");
        fb.addClassName("feedback");
        item.add(fb);
      }
      list.add(item);
    }
    return list;
  }

  private static Paragraph notice(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("notice");
    return p;
  }
}
