package dev.portico.deliverable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.deliverable.DeliverableDecision;
import dev.portico.deliverable.DeliverableFiles;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableLibrary.DecisionRow;
import dev.portico.deliverable.DeliverableLibrary.Detail;
import dev.portico.deliverable.DeliverableLibrary.VersionRow;
import dev.portico.deliverable.DeliverableStatus;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ui.ProjectDetailView;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import dev.portico.shared.ui.SingleFileUpload;
import dev.portico.workspace.Feature;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * One deliverable as staff see it: upload versions, send the newest to the client, follow its
 * review, and read the approval history (who decided which version when, with the file's hash).
 */
@Route("staff/deliverables/:deliverableId")
@PageTitle("Deliverable")
@RolesAllowed(Roles.STAFF)
public class DeliverableView extends VerticalLayout implements BeforeEnterObserver {

  private final DeliverableLibrary library;
  private final ProjectPlanning planning;
  private final DeliverableFiles files;
  private final WorkspaceSettings workspace;
  private UUID deliverableId;

  public DeliverableView(
      DeliverableLibrary library,
      ProjectPlanning planning,
      DeliverableFiles files,
      WorkspaceSettings workspace) {
    this.library = library;
    this.planning = planning;
    this.files = files;
    this.workspace = workspace;
    addClassName("deliverable-detail");
  }

  static RouteParameters params(UUID deliverableId) {
    return new RouteParameters("deliverableId", deliverableId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    deliverableId = Routes.id(event, "deliverableId", "Deliverable");
    render();
  }

  private void render() {
    Detail d = library.detail(deliverableId);
    removeAll();
    add(
        new RouterLink(
            "← " + d.projectName(),
            ProjectDetailView.class,
            new RouteParameters("projectId", d.projectId().toString())));
    Div title =
        new Div(
            new H1(d.title()),
            DeliverableLabels.badge(DeliverableLabels.staff(d.status()), d.status()));
    title.addClassName("title-row");
    if (d.status() != DeliverableStatus.APPROVED) {
      Button edit = new Button("Edit", e -> edit(d));
      title.add(edit);
    }
    if (d.status() == DeliverableStatus.DRAFT) {
      Button delete = new Button("Delete draft", e -> confirmDelete(d));
      delete.addThemeVariants(ButtonVariant.ERROR);
      title.add(delete);
    }
    add(title);
    if (d.description() != null && !d.description().isBlank()) {
      add(new Paragraph(d.description()));
    }
    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        fact("Review round", round(d.round(), d.includedRounds())),
        fact("Completes on approval", d.linkedTo() == null ? "—" : d.linkedTo()));
    if (d.approvedAt() != null) {
      facts.add(fact("Approved", d.approvedBy() + " · " + Formats.dateTime(d.approvedAt())));
    }
    add(facts);
    add(nextStep(d));

    VersionRow latest = d.versions().isEmpty() ? null : d.versions().getFirst();
    if (latest != null) {
      add(
          new H2("Version " + latest.number() + " · " + latest.fileName()),
          new FilePreview(
              latest.id(),
              latest.fileName(),
              latest.contentType(),
              latest.inline(),
              latest.sizeBytes(),
              files.pdfPageCount(latest.id())));
      add(new H2("Versions"), versions(d));
    }
    add(new H2("Approval history"), history(d));
  }

  private void edit(Detail d) {
    DeliverableFields fields =
        new DeliverableFields(planning.detail(d.projectId()), d.milestoneId(), d.taskId());
    fields.title.setLabel("Title");
    fields.title.setValue(d.title());
    fields.title.setWidthFull();
    fields.milestone.setLabel("Approval completes milestone");
    fields.task.setLabel("…or task");
    TextArea description = new TextArea("Description (the client sees it)");
    description.setValue(d.description() == null ? "" : d.description());
    description.setMaxLength(5000);
    description.setWidthFull();
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Edit deliverable");
    dialog.setWidth("32rem");
    dialog.add(new VerticalLayout(fields.title, description, fields.milestone, fields.task));
    Button save =
        new Button(
            "Save",
            e -> {
              var fieldErrors = new java.util.HashMap<String, HasValidation>(fields.errorTargets());
              fieldErrors.put("description", description);
              if (Actions.run(
                  () ->
                      library.update(
                          deliverableId,
                          fields.form(
                              description.getValue().isBlank() ? null : description.getValue())),
                  fieldErrors)) {
                dialog.close();
                render();
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void confirmDelete(Detail d) {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Delete “" + d.title() + "”?",
            "The draft and its "
                + d.versions().size()
                + (d.versions().size() == 1 ? " version are" : " versions are")
                + " removed. The client never saw them.",
            "Delete",
            ok -> {
              if (Actions.run(() -> library.deleteDraft(deliverableId))) {
                Actions.success("Deleted “" + d.title() + "”.");
                UI.getCurrent()
                    .navigate(
                        ProjectDetailView.class,
                        new RouteParameters("projectId", d.projectId().toString()));
              }
            });
    confirm.setConfirmButtonTheme("error primary");
    confirm.setCancelable(true);
    confirm.open();
  }

  /** What can happen next: upload, send to the client, or why neither. */
  private Component nextStep(Detail d) {
    Div next = new Div();
    next.addClassName("next-step");
    if (d.status() == DeliverableStatus.APPROVED) {
      next.add(
          notice(
              "Approved by "
                  + d.approvedBy()
                  + " on "
                  + Formats.dateTime(d.approvedAt())
                  + ". Locked: no new versions, edits or deletions."));
      return next;
    }
    if (d.status() == DeliverableStatus.IN_REVIEW) {
      VersionRow current = d.versions().getFirst();
      next.add(
          notice(
              "Version "
                  + current.number()
                  + " is with the client since "
                  + Formats.dateTime(current.readyAt())
                  + ". You can upload the next version after their decision."));
      return next;
    }
    if (d.status() == DeliverableStatus.CHANGES_REQUESTED) {
      next.add(
          notice(
              "The client asked for changes: see their feedback below. Upload the revised version"
                  + " and send it for review."));
    }
    next.add(upload());
    if (d.readyToShow() && !Feature.DELIVERABLE_APPROVALS.includedIn(workspace.plan())) {
      Paragraph plan =
          new Paragraph(
              "On the "
                  + workspace.plan().label()
                  + " plan the client views the version without approving it. "
                  + Feature.DELIVERABLE_APPROVALS.label()
                  + " are part of "
                  + Feature.DELIVERABLE_APPROVALS.plans()
                  + ".");
      plan.addClassNames("hint", "plan-hint");
      next.add(plan);
    }
    if (d.readyToShow()) {
      VersionRow latest = d.versions().getFirst();
      Button send =
          new Button(
              "Send version " + latest.number() + " to the client for review",
              e -> {
                if (Actions.run(() -> library.markReady(deliverableId))) {
                  Actions.success("Sent. The client's contacts get an email with a link.");
                  render();
                }
              });
      send.addThemeVariants(ButtonVariant.PRIMARY);
      send.addClassName("mark-ready");
      next.add(send);
    }
    return next;
  }

  private Upload upload() {
    long max = library.maxUploadBytes();
    Upload upload =
        SingleFileUpload.create(
            max,
            "Drop a file here (up to "
                + DeliverableLabels.size(max)
                + "). Images, PDFs and videos show in the page; other files as downloads.",
            "Too large: files can be up to " + DeliverableLabels.size(max) + ".",
            (fileName, in) -> {
              library.upload(deliverableId, fileName, in);
              return fileName + " uploaded as a new version.";
            },
            stored -> render());
    upload.addClassName("version-upload");
    return upload;
  }

  private Grid<VersionRow> versions(Detail d) {
    Grid<VersionRow> grid = new Grid<>();
    grid.addColumn(v -> "v" + v.number()).setHeader("Version").setFlexGrow(0).setWidth("6rem");
    grid.addComponentColumn(v -> FilePreview.downloadLink(v.id(), v.fileName()))
        .setHeader("File")
        .setFlexGrow(2);
    grid.addColumn(v -> v.contentType() + " · " + DeliverableLabels.size(v.sizeBytes()))
        .setHeader("Type and size");
    grid.addColumn(v -> v.uploadedBy() + " · " + Formats.dateTime(v.uploadedAt()))
        .setHeader("Uploaded")
        .setAutoWidth(true);
    grid.addColumn(v -> v.readyAt() == null ? "Not yet" : Formats.dateTime(v.readyAt()))
        .setHeader("Shown to client")
        .setAutoWidth(true);
    grid.addColumn(v -> v.sha256().substring(0, 10))
        .setHeader("SHA-256")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(d.versions());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Component history(Detail d) {
    if (d.decisions().isEmpty()) {
      return new Paragraph("No decisions yet.");
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("decisions");
    for (DecisionRow x : d.decisions()) {
      boolean approved = x.decision() == DeliverableDecision.Kind.APPROVED;
      ListItem item =
          new ListItem(
              new Span(
                  "Version "
                      + x.versionNumber()
                      + (approved ? " approved by " : ": changes requested by ")
                      + x.decidedBy()
                      + " · "
                      + Formats.dateTime(x.decidedAt())));
      if (approved) {
        Span hash = new Span("File SHA-256 " + x.contentSha256());
        hash.addClassName("hash");
        item.add(hash);
      } else {
        item.add(new Paragraph("“" + x.feedback() + "”"));
      }
      item.addClassName(approved ? "approved" : "changes-requested");
      list.add(item);
    }
    return list;
  }

  /** "2 · 1 of 2 included revisions used", or how many went beyond what is included. */
  private static String round(int round, int included) {
    if (round == 0) {
      return "Not sent yet";
    }
    int revisions = round - 1;
    return round
        + " · "
        + (revisions > included
            ? revisions
                + " revisions, "
                + (revisions - included)
                + " beyond the "
                + included
                + " included"
            : revisions + " of " + included + " included revisions used");
  }

  private static Paragraph notice(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("notice");
    return p;
  }

  private static Div fact(String label, String value) {
    Div fact = new Div(new Span(label), new Span(value));
    fact.addClassName("fact");
    return fact;
  }
}
