package dev.portico.workspace;

import dev.portico.shared.DateStyle;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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
  private String timeZone;
  private String dunningReminderOffsets = "P3D,P7D,P14D";
  private String invoiceCurrency = "EUR";
  private BigDecimal invoiceTaxRate = BigDecimal.ZERO;
  private int invoicePaymentDays = 14;
  private int feedbackSlaBusinessDays = 1;
  private String dateStyle = DateStyle.DEFAULT.tag();
  private boolean clientNotificationsEnabled = true;
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

  /** What only owners on plans with full branding change (decision 020). */
  void brand(String accentColor, String welcomeMessage, String supportEmail) {
    this.accentColor = accentColor;
    this.welcomeMessage = welcomeMessage;
    this.supportEmail = supportEmail;
  }

  /** Where the portal and mails load the logo from; null for the agency's name instead. */
  void showLogo(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public void switchPortal(boolean enabled) {
    this.portalEnabled = enabled;
  }

  /** Billing settings; the invoice feature validates them (it knows which currencies it takes). */
  public void bill(
      String timeZone,
      String dunningReminderOffsets,
      String invoiceCurrency,
      BigDecimal invoiceTaxRate,
      int invoicePaymentDays) {
    this.timeZone = timeZone;
    this.dunningReminderOffsets = dunningReminderOffsets;
    this.invoiceCurrency = invoiceCurrency;
    this.invoiceTaxRate = invoiceTaxRate;
    this.invoicePaymentDays = invoicePaymentDays;
  }

  /** The durations the processes read when they start (validated by {@link ProcessTimings}). */
  void timeProcesses(
      String invitationReminderInterval,
      String invitationWindow,
      String reviewReminderInterval,
      String reviewWindow,
      int includedRevisionRounds,
      String dunningReminderOffsets) {
    this.invitationReminderInterval = invitationReminderInterval;
    this.invitationWindow = invitationWindow;
    this.reviewReminderInterval = reviewReminderInterval;
    this.reviewWindow = reviewWindow;
    this.includedRevisionRounds = includedRevisionRounds;
    this.dunningReminderOffsets = dunningReminderOffsets;
  }

  /** A new plan; features follow it at once ({@link Feature}). */
  void changePlan(Plan plan) {
    this.plan = plan;
  }

  /** Business days (Monday to Friday) a client waits at most for an answer to feedback. */
  public void answerFeedbackWithin(int businessDays) {
    if (businessDays < 1 || businessDays > 30) {
      throw new IllegalArgumentException("Between 1 and 30 business days");
    }
    this.feedbackSlaBusinessDays = businessDays;
  }

  /** Whether client contacts get digest mails of completed work (decision 017). */
  public void switchClientNotifications(boolean enabled) {
    this.clientNotificationsEnabled = enabled;
  }

  public boolean isClientNotificationsEnabled() {
    return clientNotificationsEnabled;
  }

  public int getFeedbackSlaBusinessDays() {
    return feedbackSlaBusinessDays;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getDunningReminderOffsets() {
    return dunningReminderOffsets;
  }

  public String getInvoiceCurrency() {
    return invoiceCurrency;
  }

  public BigDecimal getInvoiceTaxRate() {
    return invoiceTaxRate;
  }

  public int getInvoicePaymentDays() {
    return invoicePaymentDays;
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

  /** How dates read in this workspace; the default for a tag Portico no longer offers. */
  public DateStyle getDateStyle() {
    return DateStyle.ofTag(dateStyle).orElse(DateStyle.DEFAULT);
  }

  public void setDateStyle(DateStyle style) {
    this.dateStyle = style.tag();
  }
}
