package dev.portico.workspace;

import dev.portico.shared.DateStyle;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
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
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final PorticoProperties properties;
  private final PortalLinks links;

  WorkspaceSettings(
      Workspaces workspaces,
      AuditTrail audit,
      CurrentUser currentUser,
      PorticoProperties properties,
      PortalLinks links) {
    this.workspaces = workspaces;
    this.audit = audit;
    this.currentUser = currentUser;
    this.properties = properties;
    this.links = links;
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

  /** How dates read for the signed-in person: their workspace's style. */
  @PreAuthorize("isAuthenticated()")
  @ClientRead
  public DateStyle dateStyle() {
    return current().getDateStyle();
  }

  @PreAuthorize("hasRole('STAFF')")
  public Plan plan() {
    return current().getPlan();
  }

  /**
   * Owners move the workspace to another plan; features follow at once (a smaller plan hides what
   * it lacks, keeping the data) and the change is audited.
   */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void changePlan(Plan plan) {
    if (plan == null) {
      throw new ValidationException("Choose a plan");
    }
    Workspace w = current();
    Plan before = w.getPlan();
    if (before == plan) {
      return;
    }
    w.changePlan(plan);
    SessionUser me = currentUser.require();
    audit.record(
        w.getId(),
        me.accountId(),
        "Plan changed",
        w.getId(),
        me.name() + " changed the plan from " + before.label() + " to " + plan.label());
  }

  /** Whether client contacts get digest mails of completed work; the Settings page shows it. */
  @PreAuthorize("hasRole('OWNER')")
  public boolean clientNotificationsEnabled() {
    return current().isClientNotificationsEnabled();
  }

  /** Owners switch the client digest mails on or off; the change is audited. */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void switchClientNotifications(boolean enabled) {
    Workspace w = current();
    if (w.isClientNotificationsEnabled() == enabled) {
      return;
    }
    w.switchClientNotifications(enabled);
    SessionUser me = currentUser.require();
    audit.record(
        w.getId(),
        me.accountId(),
        "Setting changed",
        w.getId(),
        me.name() + " switched client notifications " + (enabled ? "on" : "off"));
  }

  /** Owners choose how dates read in their workspace; the change is audited. */
  @PreAuthorize("hasRole('OWNER')")
  @Transactional
  public void changeDateStyle(DateStyle style) {
    if (style == null) {
      throw new ValidationException("Choose how dates are written");
    }
    Workspace w = current();
    if (w.getDateStyle() == style) {
      return;
    }
    w.setDateStyle(style);
    SessionUser me = currentUser.require();
    audit.record(
        w.getId(),
        me.accountId(),
        "Setting changed",
        w.getId(),
        me.name() + " set the date style to " + style.label());
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
        mailBranding(w),
        w.getPlan(),
        w.getReviewReminderInterval(),
        w.getReviewWindow(),
        w.getIncludedRevisionRounds(),
        zoneOf(w),
        offsetsOf(w),
        w.getInvoiceCurrency(),
        w.getInvoiceTaxRate(),
        w.getInvoicePaymentDays(),
        w.getFeedbackSlaBusinessDays(),
        w.getDateStyle(),
        w.isClientNotificationsEnabled(),
        links.origin(w.getId()));
  }

  /** Mails are read elsewhere: an uploaded logo (a path of this server) needs the full address. */
  private Branding mailBranding(Workspace w) {
    Branding branding = Branding.of(w);
    String logo = branding.logoUrl();
    return logo != null && logo.startsWith("/")
        ? branding.withLogoUrl(properties.link(logo))
        : branding;
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
