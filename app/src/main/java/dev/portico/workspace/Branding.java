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
