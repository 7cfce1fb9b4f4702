package dev.portico.file;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.files.Download;
import dev.portico.shared.files.FileStore;
import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a shared file for download: staff of its workspace always (shared or not), a contact of its
 * client company only while it is shared, and that download is recorded in the audit trail.
 * Anything else is "not found". Shared files are always attachments, never shown in the page.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SharedFileDownloads {

  private final SharedFiles sharedFiles;
  private final FileStore files;
  private final AuditTrail audit;
  private final CurrentUser currentUser;

  SharedFileDownloads(
      SharedFiles sharedFiles, FileStore files, AuditTrail audit, CurrentUser currentUser) {
    this.sharedFiles = sharedFiles;
    this.files = files;
    this.audit = audit;
    this.currentUser = currentUser;
  }

  /**
   * A client's download is recorded as theirs, so it is an action: staff viewing the portal as the
   * contact cannot download in their name (they download from the console instead).
   */
  @ClientAction
  public Download open(UUID fileId) {
    SessionUser me = currentUser.require();
    SharedFile file =
        (me.isClient()
                ? sharedFiles.findByIdAndWorkspaceIdAndClientIdAndUnsharedAtIsNull(
                    fileId, me.workspaceId(), me.clientId())
                : sharedFiles.findByIdAndWorkspaceId(fileId, me.workspaceId()))
            .orElseThrow(() -> new NotFoundException("File"));
    if (me.isClient()) {
      audit.record(
          me.workspaceId(),
          me.accountId(),
          "file downloaded",
          fileId,
          file.getFileName() + " by " + me.name() + " (" + me.email() + ")");
    }
    return new Download(
        files.pathOf(file.getSha256()),
        file.getFileName(),
        file.getContentType(),
        false,
        file.getSizeBytes());
  }
}
