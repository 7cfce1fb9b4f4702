package dev.portico.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An agency: the tenant that owns everything else, with its plan and portal branding. */
@Entity
public class Workspace {

  @Id private UUID id;
  private String name;
  private String slug;

  @Enumerated(EnumType.STRING)
  private Plan plan;

  private boolean portalEnabled;
  private String logoUrl;
  private String accentColor;
  private String welcomeMessage;
  private String supportEmail;
  private String invitationReminderInterval = "P3D";
  private String invitationWindow = "P14D";
  private String reviewReminderInterval = "P2D";
  private String reviewWindow = "P7D";
  private int includedRevisionRounds = 2;
  private Instant createdAt;
  @Version private Long version;

  protected Workspace() {}

  public Workspace(String name, String slug, Plan plan, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.slug = slug;
    this.plan = plan;
    this.portalEnabled = true;
    this.createdAt = createdAt;
  }

  public void brand(
      String logoUrl, String accentColor, String welcomeMessage, String supportEmail) {
    this.logoUrl = logoUrl;
    this.accentColor = accentColor;
    this.welcomeMessage = welcomeMessage;
    this.supportEmail = supportEmail;
  }

  public void switchPortal(boolean enabled) {
    this.portalEnabled = enabled;
  }

  public String getInvitationReminderInterval() {
    return invitationReminderInterval;
  }

  public String getInvitationWindow() {
    return invitationWindow;
  }

  public String getReviewReminderInterval() {
    return reviewReminderInterval;
  }

  public String getReviewWindow() {
    return reviewWindow;
  }

  public int getIncludedRevisionRounds() {
    return includedRevisionRounds;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSlug() {
    return slug;
  }

  public Plan getPlan() {
    return plan;
  }

  public boolean isPortalEnabled() {
    return portalEnabled;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public String getWelcomeMessage() {
    return welcomeMessage;
  }

  public String getSupportEmail() {
    return supportEmail;
  }
}
