package dev.portico.workspace;

/** What the client portal shows of its agency: no plan, no internal settings. */
public record Branding(
    String agencyName,
    String logoUrl,
    String accentColor,
    String welcomeMessage,
    String supportEmail) {

  static Branding of(Workspace workspace) {
    return new Branding(
        workspace.getName(),
        workspace.getLogoUrl(),
        workspace.getAccentColor(),
        workspace.getWelcomeMessage(),
        workspace.getSupportEmail());
  }
}
