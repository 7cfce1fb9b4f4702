package dev.portico.file.ui;

import com.vaadin.flow.component.Component;
import dev.portico.file.FileSharing;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.project.ui.StaffProjectSection;
import org.springframework.core.annotation.Order;

/** "Shared files" on a project's staff page: files for this project. */
@org.springframework.stereotype.Component
@Order(60)
class StaffProjectFilesSection implements StaffProjectSection {

  private final FileSharing sharing;

  StaffProjectFilesSection(FileSharing sharing) {
    this.sharing = sharing;
  }

  @Override
  public Component create(ProjectDetail project, Runnable changed) {
    return SharedFilesPanel.forProject(sharing, project.clientId(), project.id());
  }
}
