package dev.portico.workspace;

/**
 * What processes and mails need of a workspace.
 *
 * @param reminderInterval ISO duration before an unanswered invitation is reminded
 * @param invitationWindow ISO duration an invitation stays open
 */
public record WorkspacePolicy(
    boolean portalEnabled,
    String reminderInterval,
    String invitationWindow,
    Branding branding,
    Plan plan) {}
