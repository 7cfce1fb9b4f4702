package dev.portico.workspace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.portico.shared.engine.EngineOperations;
import dev.portico.shared.engine.EngineOperations.FlowIncident;
import dev.portico.shared.engine.ModelProblem;
import dev.portico.shared.engine.ProcessModels;
import dev.portico.shared.engine.ProcessModels.Outcome;
import dev.portico.shared.engine.ProcessModels.ProcessOverview;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Actions;
import io.camunda.client.api.command.ClientException;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For owners: the workflows Portico runs, their model versions and the flows in flight, and
 * uploading an edited model (validated before it is deployed) or rolling back (decision 024).
 */
@Route("staff/processes")
@PageTitle("Processes")
@RolesAllowed(Roles.OWNER)
public class ProcessesView extends VerticalLayout {

  private final ProcessModels models;
  private final EngineOperations operations;
  private final Div result = new Div();
  private final VerticalLayout processes = new VerticalLayout();
  private final Map<String, String> names = new HashMap<>();

  public ProcessesView(ProcessModels models, EngineOperations operations) {
    this.models = models;
    this.operations = operations;
    addClassName("processes-page");
    result.addClassName("upload-result");
    processes.setPadding(false);
    Paragraph scope =
        new Paragraph(
            "Models are shared by the whole installation: an upload or roll-back changes the"
                + " workflow for every workspace this Portico serves, not only yours.");
    scope.addClassName("processes-scope");
    add(
        new H1("Processes"),
        new Paragraph(
            "Each workflow is a BPMN model. Edit one in Camunda Modeler and upload it here:"
                + " Portico checks it, deploys it and keeps it across restarts. New flows start"
                + " on the newest version; flows already running finish on theirs."),
        scope,
        new H2("Upload a model"),
        upload(),
        result,
        processes);
    refresh();
  }

  private void refresh() {
    processes.removeAll();
    Map<String, Long> failed = failedSteps();
    for (ProcessOverview p : models.overview()) {
      names.put(p.processId(), p.name());
      processes.add(new ProcessCard(p, failed.get(p.processId()), models, this::show));
    }
  }

  /** Failed steps per process, or an empty map when the engine cannot say. */
  private Map<String, Long> failedSteps() {
    try {
      return operations.incidents().stream()
          .collect(Collectors.groupingBy(FlowIncident::processId, Collectors.counting()));
    } catch (ClientException e) {
      return Map.of();
    }
  }

  private Upload upload() {
    UI ui = UI.getCurrent();
    UploadHandler handler =
        new UploadHandler() {
          @Override
          public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
              content = in.readNBytes(ProcessModels.MAX_BYTES + 1);
            }
            Outcome outcome = models.upload(event.getFileName(), content);
            ui.access(() -> show(outcome));
          }
        };
    Upload upload = new Upload(handler);
    upload.setMaxFiles(1);
    upload.setMaxFileSize(ProcessModels.MAX_BYTES);
    upload.setAcceptedFileTypes(".bpmn", ".xml");
    upload.setDropLabel(new Span("Drop a .bpmn file here (up to 1 MB)."));
    UploadI18N i18n = new UploadI18N();
    i18n.setError(
        new UploadI18N.Error()
            .setFileIsTooBig("Too large: a model can be up to 1 MB.")
            .setIncorrectFileType("A model is a .bpmn file.")
            .setTooManyFiles("One model at a time."));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(e -> Actions.error(e.getErrorMessage()));
    upload.addAllFinishedListener(e -> upload.clearFileList());
    upload.addClassName("model-upload");
    return upload;
  }

  private void show(Outcome outcome) {
    result.removeAll();
    List<ModelProblem> blocking =
        outcome.problems().stream().filter(ModelProblem::blocking).toList();
    List<ModelProblem> warnings = outcome.problems().stream().filter(p -> !p.blocking()).toList();
    if (outcome.deployed()) {
      Paragraph done =
          new Paragraph(
              outcome.unchanged()
                  ? "The engine already runs this model as version "
                      + outcome.version()
                      + "; nothing changed."
                  : "Deployed as version "
                      + outcome.version()
                      + " of "
                      + names.getOrDefault(outcome.processId(), outcome.processId())
                      + ". New flows start on it.");
      done.addClassName("upload-deployed");
      result.add(done);
      Actions.success(done.getText());
    } else {
      Paragraph refused =
          new Paragraph(
              "Not deployed: "
                  + blocking.size()
                  + (blocking.size() == 1 ? " problem" : " problems")
                  + " to fix in the model first.");
      refused.addClassName("upload-refused");
      result.add(refused, problems(blocking));
    }
    if (!warnings.isEmpty()) {
      result.add(new Paragraph("Worth a look (not blocking):"), problems(warnings));
    }
    refresh();
  }

  private static UnorderedList problems(List<ModelProblem> problems) {
    UnorderedList list = new UnorderedList();
    list.addClassName("model-problems");
    for (ModelProblem p : problems) {
      ListItem item = new ListItem();
      if (!p.elementId().isEmpty()) {
        Span where =
            new Span(
                p.elementName().isEmpty()
                    ? p.elementId()
                    : p.elementName() + " (" + p.elementId() + ")");
        where.addClassName("element");
        item.add(where, new Span(": "));
      }
      item.add(new Span(p.message()));
      list.add(item);
    }
    return list;
  }

  /** The Engine page, where failed steps are retried. */
  static RouterLink engineLink(String text) {
    return new RouterLink(text, EngineView.class);
  }
}
