package dev.portico.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.portico.shared.engine.ProcessModels;
import dev.portico.shared.engine.ProcessModels.ModelVersion;
import dev.portico.shared.engine.ProcessModels.Outcome;
import dev.portico.shared.engine.ProcessModels.ProcessOverview;
import dev.portico.shared.engine.ProcessModels.WaitingPoint;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import io.camunda.client.api.command.ClientException;
import java.util.function.Consumer;

/** One process on the Processes page: its versions, its flows in flight and its failed steps. */
class ProcessCard extends Div {

  private final ProcessModels models;

  ProcessCard(
      ProcessOverview p, Long failedSteps, ProcessModels models, Consumer<Outcome> rolledBack) {
    this.models = models;
    addClassName("process-card");
    getElement().setAttribute("data-process", p.processId());
    H2 title = new H2(p.name());
    Span id = new Span(p.processId());
    id.addClassName("meta");
    add(title, id);
    add(
        new Paragraph(
            p.currentVersion() == null
                ? "Not deployed yet."
                : "New flows start on version " + p.currentVersion() + "."));

    Div waiting = new Div();
    waiting.addClassName("process-waiting");
    long total = p.waiting().stream().mapToLong(WaitingPoint::flows).sum();
    waiting.add(new Span("In flight in your workspace: " + total));
    UnorderedList points = new UnorderedList();
    for (WaitingPoint w : p.waiting()) {
      ListItem item = new ListItem(w.name() + ": " + w.flows());
      item.getElement().setAttribute("data-element", w.elementId());
      points.add(item);
    }
    if (!p.waiting().isEmpty()) {
      waiting.add(points);
    }
    add(waiting);
    if (failedSteps != null && failedSteps > 0) {
      Div failed =
          new Div(
              new Span(failedSteps + (failedSteps == 1 ? " failed step · " : " failed steps · ")),
              ProcessesView.engineLink("Retry on the Engine page"));
      failed.addClassName("process-failed");
      add(failed);
    }

    Div versions = new Div();
    versions.addClassName("process-versions");
    for (ModelVersion v : p.versions()) {
      versions.add(version(p, v, rolledBack));
    }
    add(versions);
  }

  private Div version(ProcessOverview p, ModelVersion v, Consumer<Outcome> rolledBack) {
    Span what = new Span(v.bundled() ? "Bundled with Portico" : "Uploaded " + v.fileName());
    what.addClassName("title");
    String facts =
        v.bundled()
            ? "The model this Portico version ships"
            : "By " + v.uploadedBy() + " · " + Formats.dateTime(v.uploadedAt());
    if (v.engineVersion() != null) {
      facts += " · engine version " + v.engineVersion();
    }
    Span meta = new Span(facts);
    meta.addClassName("meta");
    Div row = new Div(what, meta);
    row.addClassName("model-version");
    if (v.current()) {
      Span current = new Span("Current");
      current.getElement().getThemeList().add("badge success");
      row.add(current);
    } else {
      Button back =
          new Button(
              v.bundled() ? "Roll back to bundled" : "Roll back to this",
              e -> rollBack(p, v, rolledBack));
      back.addThemeVariants(ButtonVariant.SMALL);
      row.add(back);
    }
    if (v.startupProblem() != null) {
      Paragraph problem = new Paragraph("Not used since the last start: " + v.startupProblem());
      problem.addClassName("reason");
      row.add(problem);
    }
    return row;
  }

  private void rollBack(ProcessOverview p, ModelVersion v, Consumer<Outcome> rolledBack) {
    try {
      Outcome[] outcome = new Outcome[1];
      if (Actions.run(
          () ->
              outcome[0] =
                  v.bundled()
                      ? models.rollBackToBundled(p.processId())
                      : models.rollBack(v.id()))) {
        rolledBack.accept(outcome[0]);
      }
    } catch (ClientException e) {
      Actions.error("The engine cannot be reached now. Try again in a moment.");
    }
  }
}
