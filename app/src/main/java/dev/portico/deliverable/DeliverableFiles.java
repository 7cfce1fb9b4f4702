package dev.portico.deliverable;

import dev.portico.project.PortalProjects;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.files.Download;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.files.PdfPages;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

  private static final String PDF = "application/pdf";

  /**
   * What a download needs; {@code inline} says whether a browser may show it in the page. A PDF
   * never is (it can carry script): it is shown as page images ({@link #pdfPage}) and downloaded.
   */
  private final Deliverables deliverables;

  private final DeliverableVersions versions;
  private final PortalProjects portalProjects;
  private final FileStore files;
  private final CurrentUser currentUser;
  private final PdfPages pdfPages;

  DeliverableFiles(
      Deliverables deliverables,
      DeliverableVersions versions,
      PortalProjects portalProjects,
      FileStore files,
      CurrentUser currentUser,
      PdfPages pdfPages) {
    this.pdfPages = pdfPages;
    this.deliverables = deliverables;
    this.versions = versions;
    this.portalProjects = portalProjects;
    this.files = files;
    this.currentUser = currentUser;
  }

  @ClientRead
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
        v.isInline() && !PDF.equals(v.getContentType()),
        v.getSizeBytes());
  }

  /** How many pages a version's PDF has; 0 for anything else or an unreadable PDF. */
  // Parsing and rendering happen outside a transaction: no database connection is held meanwhile.
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  @ClientRead
  public int pdfPageCount(UUID versionId) {
    Download file = open(versionId);
    return PDF.equals(file.contentType()) ? pdfPages.count(file.path()) : 0;
  }

  /** Page {@code number} (1-based) of a version's PDF as a PNG; "not found" past the last. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  @ClientRead
  public byte[] pdfPage(UUID versionId, int number) {
    Download file = open(versionId);
    if (!PDF.equals(file.contentType())) {
      throw new NotFoundException("Page");
    }
    return pdfPages.png(file.path(), number).orElseThrow(() -> new NotFoundException("Page"));
  }
}
