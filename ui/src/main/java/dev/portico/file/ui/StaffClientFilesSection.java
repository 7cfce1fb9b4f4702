package dev.portico.file.ui;

import com.vaadin.flow.component.Component;
import dev.portico.client.ClientSummary;
import dev.portico.client.ui.StaffClientSection;
import dev.portico.file.FileSharing;
import org.springframework.core.annotation.Order;

/** "Shared files" on a client's staff page: for the whole company or one of its projects. */
@org.springframework.stereotype.Component
@Order(60)
class StaffClientFilesSection implements StaffClientSection {

  private final FileSharing sharing;

  StaffClientFilesSection(FileSharing sharing) {
    this.sharing = sharing;
  }

  @Override
  public Component create(ClientSummary client, Runnable changed) {
    return SharedFilesPanel.forClient(sharing, client.id(), client.name());
  }
}
