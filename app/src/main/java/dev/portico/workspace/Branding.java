package dev.portico.workspace;

import dev.portico.shared.DateStyle;

/**
 * What the client portal and client mails show of the agency, and how they write dates: no plan, no
 * internal settings.
 */
public record Branding(
    String agencyName,
    String logoUrl,
    String accentColor,
    String welcomeMessage,
    String supportEmail,
    DateStyle dateStyle) {

  public Branding(
      String agencyName,
      String logoUrl,
      String accentColor,
      String welcomeMessage,
      String supportEmail) {
    this(agencyName, logoUrl, accentColor, welcomeMessage, supportEmail, DateStyle.DEFAULT);
  }

  /** The same branding with its logo at an absolute address (mails need one). */
  Branding withLogoUrl(String url) {
    return new Branding(agencyName, url, accentColor, welcomeMessage, supportEmail, dateStyle);
  }

  /**
   * What the portal and mails show: on a plan without {@link Feature#FULL_BRANDING} only the name
   * and logo; accent, welcome message and support email set on a larger plan stay stored and show
   * again when the plan includes them (decision 023).
   */
  static Branding of(Workspace workspace) {
    boolean full = Feature.FULL_BRANDING.includedIn(workspace.getPlan());
    return new Branding(
        workspace.getName(),
        workspace.getLogoUrl(),
        full ? workspace.getAccentColor() : null,
        full ? workspace.getWelcomeMessage() : null,
        full ? workspace.getSupportEmail() : null,
        workspace.getDateStyle());
  }
}
