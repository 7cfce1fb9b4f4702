package dev.portico.deliverable.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableLibrary.DeliverableRow;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.project.ui.StaffProjectSection;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.annotation.Order;

/** "Deliverables" on a project's staff page: what was made for the client and where it stands. */
@org.springframework.stereotype.Component
@Order(50)
class StaffDeliverablesSection implements StaffProjectSection {

  private final DeliverableLibrary library;

  StaffDeliverablesSection(DeliverableLibrary library) {
    this.library = library;
  }

  @Override
  public Component create(ProjectDetail project, Runnable changed) {
    Div section = new Div(new H2("Deliverables"));
    section.addClassName("deliverables");
    var rows = library.list(project.id());
    if (rows.isEmpty()) {
      section.add(
          new Paragraph(
              "No deliverables yet. Add one, upload a file and send it to the client for review."));
    } else {
      Grid<DeliverableRow> grid = new Grid<>();
      grid.addComponentColumn(
              d -> new RouterLink(d.title(), DeliverableView.class, DeliverableView.params(d.id())))
          .setHeader("Deliverable")
          .setFlexGrow(2);
      grid.addComponentColumn(
              d -> DeliverableLabels.badge(DeliverableLabels.staff(d.status()), d.status()))
          .setHeader("Review status");
      grid.addColumn(
              d ->
                  d.versionCount() == 0
                      ? "No file yet"
                      : "v" + d.versionCount() + " · " + d.currentFileName())
          .setHeader("Latest version")
          .setFlexGrow(2);
      grid.addColumn(d -> d.round() == 0 ? "—" : String.valueOf(d.round())).setHeader("Round");
      grid.addColumn(d -> Formats.dateTime(d.createdAt())).setHeader("Created").setAutoWidth(true);
      grid.setItems(rows);
      grid.setAllRowsVisible(true);
      section.add(grid);
    }
    section.add(newDeliverableForm(project));
    return section;
  }

  private Component newDeliverableForm(ProjectDetail project) {
    DeliverableFields fields = new DeliverableFields(project, null, null);
    fields.title.setPlaceholder("New deliverable, e.g. Homepage design");
    fields.title.setAriaLabel("New deliverable title");
    fields.title.setMinWidth("20rem");
    AtomicReference<UUID> created = new AtomicReference<>();
    Button add =
        new Button(
            "Add deliverable",
            e -> {
              if (Actions.run(
                  () -> created.set(library.create(project.id(), fields.form(null))),
                  fields.errorTargets())) {
                UI.getCurrent()
                    .navigate(DeliverableView.class, DeliverableView.params(created.get()));
              }
            });
    HorizontalLayout row = new HorizontalLayout(fields.title, fields.milestone, fields.task, add);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    row.addClassName("new-deliverable");
    return row;
  }
}
