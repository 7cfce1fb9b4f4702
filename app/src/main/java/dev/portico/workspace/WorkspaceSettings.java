package dev.portico.workspace;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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
  @ClientRead
  public Branding branding() {
    return Branding.of(current());
  }

  @PreAuthorize("isAuthenticated()")
  @ClientRead
  public String workspaceName() {
    return current().getName();
  }

  @PreAuthorize("isAuthenticated()")
  @ClientRead
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
        w.getIncludedRevisionRounds(),
        zoneOf(w),
        offsetsOf(w),
        w.getInvoiceCurrency(),
        w.getInvoiceTaxRate(),
        w.getInvoicePaymentDays(),
        w.getFeedbackSlaBusinessDays());
  }

  /** The workspace's zone; UTC when it has none (or an id this JVM does not know). */
  private static ZoneId zoneOf(Workspace w) {
    try {
      return w.getTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(w.getTimeZone());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static List<String> offsetsOf(Workspace w) {
    String offsets = w.getDunningReminderOffsets();
    return offsets == null || offsets.isBlank()
        ? List.of()
        : Arrays.stream(offsets.split(",")).map(String::trim).toList();
  }

  private Workspace current() {
    UUID id = currentUser.require().workspaceId();
    return workspaces.findById(id).orElseThrow(() -> new NotFoundException("Workspace"));
  }
}
