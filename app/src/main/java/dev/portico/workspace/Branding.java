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

  static Branding of(Workspace workspace) {
    return new Branding(
        workspace.getName(),
        workspace.getLogoUrl(),
        workspace.getAccentColor(),
        workspace.getWelcomeMessage(),
        workspace.getSupportEmail(),
        workspace.getDateStyle());
  }
}
