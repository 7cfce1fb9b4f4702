package dev.portico.deliverable;

import dev.portico.project.PortalProjects;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a deliverable version's file for the signed-in person: staff of its workspace, or a contact
 * of its client company once the version was put in front of the client. Anything else is "not
 * found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DeliverableFiles {

  /** What a download needs; {@code inline} says whether a browser may show it in the page. */
  public record Download(
      Path path, String fileName, String contentType, boolean inline, long size) {}

  private final Deliverables deliverables;
  private final DeliverableVersions versions;
  private final PortalProjects portalProjects;
  private final FileStore files;
  private final CurrentUser currentUser;

  DeliverableFiles(
      Deliverables deliverables,
      DeliverableVersions versions,
      PortalProjects portalProjects,
      FileStore files,
      CurrentUser currentUser) {
    this.deliverables = deliverables;
    this.versions = versions;
    this.portalProjects = portalProjects;
    this.files = files;
    this.currentUser = currentUser;
  }

  public Download open(UUID versionId) {
    SessionUser me = currentUser.require();
    DeliverableVersion v =
        versions.findById(versionId).orElseThrow(() -> new NotFoundException("File"));
    Deliverable d =
        deliverables
            .findById(v.getDeliverableId())
            .filter(x -> x.getWorkspaceId().equals(me.workspaceId()))
            .orElseThrow(() -> new NotFoundException("File"));
    if (me.isClient()) {
      if (v.getReadyAt() == null || d.getStatus() == DeliverableStatus.DRAFT) {
        throw new NotFoundException("File");
      }
      portalProjects.project(d.getProjectId()); // the client's own company only
    }
    return new Download(
        files.pathOf(v.getFileSha256()),
        v.getFileName(),
        v.getContentType(),
        v.isInline(),
        v.getSizeBytes());
  }
}
