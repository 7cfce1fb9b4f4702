package dev.portico.file.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dev.portico.file.PortalFiles;
import dev.portico.file.PortalFiles.PortalFile;
import dev.portico.file.ui.FileLinks;
import dev.portico.project.PortalProjects.PortalProject;
import dev.portico.project.ui.portal.PortalProjectSection;
import dev.portico.shared.ui.Formats;
import java.util.List;
import org.springframework.core.annotation.Order;

/** "Files" on a project's portal page: what the team shared for this project. */
@org.springframework.stereotype.Component
@Order(60)
class PortalProjectFilesSection implements PortalProjectSection {

  private final PortalFiles portal;

  PortalProjectFilesSection(PortalFiles portal) {
    this.portal = portal;
  }

  @Override
  public boolean aboveConversation() {
    return true;
  }

  @Override
  public Component create(PortalProject project) {
    List<PortalFile> files = portal.forProject(project.id());
    Div section = new Div(new H2("Files"));
    section.addClassName("project-files");
    if (files.isEmpty()) {
      Paragraph none = new Paragraph("No files shared for this project yet.");
      none.addClassName("empty");
      section.add(none);
    } else {
      UnorderedList list = new UnorderedList();
      list.addClassName("project-file-list");
      for (PortalFile f : files) {
        ListItem item =
            new ListItem(
                FileLinks.download(f.id(), f.fileName()),
                new Span(
                    Formats.size(f.sizeBytes())
                        + " · shared by "
                        + f.sharedBy()
                        + " · "
                        + Formats.dateTime(f.sharedAt())));
        item.addClassName("project-file");
        list.add(item);
      }
      section.add(list);
    }
    Paragraph all = new Paragraph(new RouterLink("All your files", PortalFilesView.class));
    all.addClassName("all-files");
    section.add(all);
    return section;
  }
}
