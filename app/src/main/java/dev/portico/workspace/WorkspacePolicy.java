package dev.portico.workspace;

/**
 * What processes and mails need of a workspace.
 *
 * @param reminderInterval ISO duration before an unanswered invitation is reminded
 * @param invitationWindow ISO duration an invitation stays open
 * @param reviewReminderInterval ISO duration between reminders to a client who has not decided
 * @param reviewWindow ISO duration after which the lead hears a review is overdue
 * @param includedRevisionRounds revision rounds included before a round counts as extra
 */
public record WorkspacePolicy(
    boolean portalEnabled,
    String reminderInterval,
    String invitationWindow,
    Branding branding,
    Plan plan,
    String reviewReminderInterval,
    String reviewWindow,
    int includedRevisionRounds) {}
