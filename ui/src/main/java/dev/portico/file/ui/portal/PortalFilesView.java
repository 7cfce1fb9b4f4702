package dev.portico.file.ui.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.portico.file.PortalFiles;
import dev.portico.file.PortalFiles.PortalFile;
import dev.portico.file.PortalFiles.ProjectChoice;
import dev.portico.file.ui.FileLinks;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import dev.portico.workspace.Branding;
import dev.portico.workspace.WorkspaceSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The portal's Files tab: every file the agency shares with the company, newest first, with who
 * shared it when and for which project. A table on wide screens; each row a card on a phone.
 */
@Route("portal/files")
@PageTitle("Files")
@RolesAllowed(Roles.CLIENT)
public class PortalFilesView extends Div {

  private static final List<String> HEADINGS = List.of("File", "Project", "Shared by", "Size");

  /** The filter's choices besides the projects. */
  private static final ProjectChoice ALL = new ProjectChoice(null, "All files");

  private static final ProjectChoice COMPANY = new ProjectChoice(null, "For the whole company");

  private final List<PortalFile> files;
  private final Div shown = new Div();

  public PortalFilesView(PortalFiles portal, WorkspaceSettings workspace) {
    addClassName("portal-files");
    add(new H1("Files"));
    files = portal.mine();
    if (files.isEmpty()) {
      add(emptyState(portal.whoToAsk(), workspace.branding()));
      return;
    }
    Paragraph intro =
        new Paragraph("Files the team shares with you. Download them any time, newest first.");
    intro.addClassName("intro");
    add(intro);
    List<ProjectChoice> projects =
        files.stream()
            .filter(f -> f.projectId() != null)
            .map(f -> new ProjectChoice(f.projectId(), f.projectName()))
            .distinct()
            .sorted(java.util.Comparator.comparing(ProjectChoice::name))
            .toList();
    boolean companyWide = files.stream().anyMatch(f -> f.projectId() == null);
    // A filter only where there is something to tell apart: two projects, or a project and files
    // for the whole company.
    if (projects.size() + (companyWide ? 1 : 0) > 1) {
      List<ProjectChoice> choices = new ArrayList<>(List.of(ALL));
      if (companyWide) {
        choices.add(COMPANY);
      }
      choices.addAll(projects);
      Select<ProjectChoice> filter = new Select<>();
      filter.setLabel("Show");
      filter.setItems(choices);
      filter.setItemLabelGenerator(ProjectChoice::name);
      filter.setValue(ALL);
      filter.addValueChangeListener(e -> show(e.getValue()));
      filter.addClassName("file-filter");
      add(filter);
    }
    shown.addClassName("table-box");
    add(shown);
    show(ALL);
  }

  private void show(ProjectChoice choice) {
    List<PortalFile> selected =
        files.stream()
            .filter(
                f ->
                    choice == null
                        || ALL.equals(choice)
                        || (COMPANY.equals(choice)
                            ? f.projectId() == null
                            : Objects.equals(choice.id(), f.projectId())))
            .toList();
    shown.removeAll();
    shown.add(table(selected));
  }

  private static NativeTable table(List<PortalFile> files) {
    NativeTable table = new NativeTable();
    table.addClassNames("file-table", "stacking-table");
    NativeTableRow head = table.getHead().addRow();
    HEADINGS.forEach(h -> head.addHeaderCell().setText(h));
    for (PortalFile f : files) {
      NativeTableRow row = table.getBody().addRow();
      row.addClassName("file-row");
      NativeTableCell name = cell(row, 0, "name");
      name.add(FileLinks.download(f.id(), f.fileName()));
      if (f.description() != null) {
        Span about = new Span(f.description());
        about.addClassName("file-about");
        name.add(about);
      }
      cell(row, 1, "project").setText(f.projectName() == null ? "Whole company" : f.projectName());
      cell(row, 2, "shared").setText(f.sharedBy() + " · " + Formats.dateTime(f.sharedAt()));
      cell(row, 3, "size").setText(Formats.size(f.sizeBytes()));
    }
    return table;
  }

  private static NativeTableCell cell(NativeTableRow row, int column, String className) {
    NativeTableCell cell = row.addDataCell();
    cell.getElement().setAttribute("data-label", HEADINGS.get(column));
    cell.addClassName(className);
    return cell;
  }

  /** Nothing shared yet: say so, and whom to ask. */
  static Div emptyState(List<String> leads, Branding branding) {
    Paragraph none = new Paragraph("No files shared yet.");
    none.addClassName("empty-title");
    Paragraph ask = new Paragraph();
    ask.addClassName("empty");
    String team = branding.agencyName();
    if (!leads.isEmpty()) {
      ask.setText(
          "When "
              + team
              + " shares a file with you, it appears here. Waiting for one? Ask "
              + joined(leads)
              + (leads.size() == 1 ? ", your project lead." : ", your project leads."));
    } else {
      ask.setText("When " + team + " shares a file with you, it appears here.");
    }
    Div empty = new Div(none, ask);
    if (branding.supportEmail() != null) {
      Paragraph write = new Paragraph("You can also write to ");
      write.addClassName("empty");
      write.add(
          new Anchor("mailto:" + branding.supportEmail(), branding.supportEmail()), new Span("."));
      empty.add(write);
    }
    empty.addClassName("files-empty");
    return empty;
  }

  private static String joined(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + names.getLast();
  }
}
