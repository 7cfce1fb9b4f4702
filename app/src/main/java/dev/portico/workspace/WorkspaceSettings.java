package dev.portico.workspace;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's workspace: its branding for the portal and its settings for staff. */
@Service
@Transactional(readOnly = true)
public class WorkspaceSettings {

  private final Workspaces workspaces;
  private final CurrentUser currentUser;

  WorkspaceSettings(Workspaces workspaces, CurrentUser currentUser) {
    this.workspaces = workspaces;
    this.currentUser = currentUser;
  }

  @PreAuthorize("isAuthenticated()")
  public Branding branding() {
    return Branding.of(current());
  }

  @PreAuthorize("isAuthenticated()")
  public String workspaceName() {
    return current().getName();
  }

  @PreAuthorize("isAuthenticated()")
  public boolean portalEnabled() {
    return current().isPortalEnabled();
  }

  @PreAuthorize("hasRole('STAFF')")
  public Plan plan() {
    return current().getPlan();
  }

  /**
   * The settings processes and mails need, for a workspace id taken from the database (job workers
   * have no signed-in person).
   */
  public WorkspacePolicy policyOf(UUID workspaceId) {
    Workspace w =
        workspaces.findById(workspaceId).orElseThrow(() -> new NotFoundException("Workspace"));
    return new WorkspacePolicy(
        w.isPortalEnabled(),
        w.getInvitationReminderInterval(),
        w.getInvitationWindow(),
        Branding.of(w),
        w.getPlan(),
        w.getReviewReminderInterval(),
        w.getReviewWindow(),
        w.getIncludedRevisionRounds());
  }

  private Workspace current() {
    UUID id = currentUser.require().workspaceId();
    return workspaces.findById(id).orElseThrow(() -> new NotFoundException("Workspace"));
  }
}
