package dev.portico.file.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dev.portico.file.FileSharing;
import dev.portico.file.FileSharing.ProjectChoice;
import dev.portico.file.FileSharing.StaffFile;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.SingleFileUpload;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Shared files" on a client's or a project's staff page: upload a file to share it with the
 * client's contacts at once, see every file shared (and unshared), unshare or share again.
 */
class SharedFilesPanel extends Div {

  private static final ProjectChoice WHOLE_COMPANY = new ProjectChoice(null, "Whole company");

  private final FileSharing sharing;
  private final UUID clientId;
  private final UUID projectId;
  private final Supplier<List<StaffFile>> files;
  private final Div list = new Div();

  /** Read by the upload's request thread; set on the UI thread. */
  private volatile String description;

  private volatile UUID chosenProject;

  /** On a client's page: files for the whole company or one of its projects. */
  static SharedFilesPanel forClient(FileSharing sharing, UUID clientId, String clientName) {
    return new SharedFilesPanel(
        sharing,
        clientId,
        null,
        "Files for "
            + clientName
            + ": their contacts find them in the portal under Files. Choose a project or share"
            + " with the whole company.",
        () -> sharing.forClient(clientId));
  }

  /** On a project's page: files for this project. */
  static SharedFilesPanel forProject(FileSharing sharing, UUID clientId, UUID projectId) {
    return new SharedFilesPanel(
        sharing,
        clientId,
        projectId,
        "Files for this project: the client's contacts find them in the portal under Files and on"
            + " the project's page. Files for the whole company are on the client's page.",
        () -> sharing.forProject(projectId));
  }

  private SharedFilesPanel(
      FileSharing sharing,
      UUID clientId,
      UUID projectId,
      String intro,
      Supplier<List<StaffFile>> files) {
    this.sharing = sharing;
    this.clientId = clientId;
    this.projectId = projectId;
    this.chosenProject = projectId;
    this.files = files;
    addClassName("shared-files");
    Paragraph about = new Paragraph(intro);
    about.addClassName("section-intro");
    list.addClassName("shared-file-list");
    add(new H2("Shared files"), about, uploadRow(), list);
    refresh();
  }

  private Component uploadRow() {
    HorizontalLayout row = new HorizontalLayout();
    row.addClassName("share-file");
    row.setWrap(true);
    row.setAlignItems(FlexComponent.Alignment.END);
    if (projectId == null) {
      List<ProjectChoice> choices =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(WHOLE_COMPANY), sharing.projectsOf(clientId).stream())
              .toList();
      Select<ProjectChoice> project = new Select<>();
      project.setLabel("Share with");
      project.setItems(choices);
      project.setItemLabelGenerator(ProjectChoice::name);
      project.setValue(WHOLE_COMPANY);
      project.addValueChangeListener(
          e -> chosenProject = e.getValue() == null ? null : e.getValue().id());
      project.addClassName("share-with");
      row.add(project);
    }
    TextField about = new TextField("Description (optional)");
    about.setMaxLength(FileSharing.MAX_DESCRIPTION);
    about.setPlaceholder("e.g. Signed contract");
    about.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    about.addValueChangeListener(e -> description = e.getValue());
    about.addClassName("file-description");
    row.add(about, upload(about));
    return row;
  }

  private Upload upload(TextField about) {
    long max = sharing.maxUploadBytes();
    Upload upload =
        SingleFileUpload.create(
            max,
            "Drop a file here to share it (up to "
                + Formats.size(max)
                + "). The client can download it at once.",
            "Too large: files can be up to " + Formats.size(max) + ".",
            (fileName, in) -> {
              sharing.share(clientId, chosenProject, fileName, description, in);
              return fileName + " is shared with the client.";
            },
            stored -> {
              if (stored) {
                about.clear();
              }
              refresh();
            });
    upload.addClassName("shared-file-upload");
    return upload;
  }

  private void refresh() {
    list.removeAll();
    List<StaffFile> all = files.get();
    if (all.isEmpty()) {
      Paragraph none = new Paragraph("Nothing shared yet.");
      none.addClassName("empty");
      list.add(none);
      return;
    }
    Grid<StaffFile> grid = new Grid<>();
    // Columns keep a readable width; on a phone the grid scrolls sideways inside itself.
    grid.addComponentColumn(SharedFilesPanel::name)
        .setHeader("File")
        .setWidth("14rem")
        .setFlexGrow(3);
    if (projectId == null) {
      grid.addColumn(f -> f.projectName() == null ? "Whole company" : f.projectName())
          .setHeader("For")
          .setWidth("9rem")
          .setFlexGrow(1);
    }
    grid.addColumn(f -> Formats.size(f.sizeBytes())).setHeader("Size").setAutoWidth(true);
    grid.addComponentColumn(SharedFilesPanel::state)
        .setHeader("Shared")
        .setWidth("14rem")
        .setFlexGrow(2);
    grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true).setFlexGrow(0);
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addClassName("shared-file-grid");
    list.add(grid);
  }

  private static Component name(StaffFile f) {
    Div cell = new Div(FileLinks.download(f.id(), f.fileName()));
    if (f.description() != null) {
      Span about = new Span(f.description());
      about.addClassName("file-about");
      cell.add(about);
    }
    cell.addClassName("file-name");
    return cell;
  }

  private static Component state(StaffFile f) {
    Span state =
        f.shared()
            ? new Span("Shared by " + f.sharedBy() + " · " + Formats.dateTime(f.sharedAt()))
            : new Span(
                "Not shared · unshared by "
                    + f.unsharedBy()
                    + " · "
                    + Formats.dateTime(f.unsharedAt()));
    state.addClassNames("file-state", f.shared() ? "shared" : "not-shared");
    return state;
  }

  private Component action(StaffFile f) {
    Button button =
        f.shared()
            ? new Button(
                "Unshare", e -> change(() -> sharing.unshare(f.id()), f, "is no longer shared"))
            : new Button(
                "Share again", e -> change(() -> sharing.shareAgain(f.id()), f, "is shared again"));
    button.addThemeVariants(ButtonVariant.SMALL);
    button.getElement().setAttribute("aria-label", button.getText() + " " + f.fileName());
    return button;
  }

  private void change(Runnable action, StaffFile f, String outcome) {
    if (Actions.run(action)) {
      Actions.success(f.fileName() + " " + outcome + ".");
      refresh();
    }
  }
}
