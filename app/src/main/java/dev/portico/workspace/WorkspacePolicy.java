package dev.portico.workspace;

import dev.portico.shared.DateStyle;
import dev.portico.shared.ValidationException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * What processes and mails need of a workspace.
 *
 * @param reminderInterval ISO duration before an unanswered invitation is reminded
 * @param invitationWindow ISO duration an invitation stays open
 * @param reviewReminderInterval ISO duration between reminders to a client who has not decided
 * @param reviewWindow ISO duration after which the lead hears a review is overdue
 * @param includedRevisionRounds revision rounds included before a round counts as extra
 * @param zone where the agency's dates end (an invoice due on a date is overdue after that day ends
 *     here); UTC when the workspace has none
 * @param dunningReminderOffsets ISO durations after an invoice's due moment, one reminder each
 * @param invoiceCurrency currency a new invoice starts with
 * @param invoiceTaxRate tax rate in percent a new invoice line starts with
 * @param invoicePaymentDays days from issue to due date a new invoice starts with
 * @param feedbackSlaBusinessDays business days (Monday to Friday in {@code zone}) a client waits at
 *     most for an answer to feedback before the owner hears of it
 * @param dateStyle how dates read in the workspace's mails and documents
 * @param clientNotificationsEnabled whether client contacts get digest mails of completed work
 * @param portalOrigin where the workspace's clients find the portal: its verified custom domain,
 *     else {@code portico.base-url} (decision 022)
 */
public record WorkspacePolicy(
    boolean portalEnabled,
    String reminderInterval,
    String invitationWindow,
    Branding branding,
    Plan plan,
    String reviewReminderInterval,
    String reviewWindow,
    int includedRevisionRounds,
    ZoneId zone,
    List<String> dunningReminderOffsets,
    String invoiceCurrency,
    BigDecimal invoiceTaxRate,
    int invoicePaymentDays,
    int feedbackSlaBusinessDays,
    DateStyle dateStyle,
    boolean clientNotificationsEnabled,
    String portalOrigin) {

  /** An absolute link into the portal for the workspace's clients. */
  public String portalLink(String path) {
    return portalOrigin + (path.startsWith("/") ? path : "/" + path);
  }

  public boolean allows(Feature feature) {
    return feature.includedIn(plan);
  }

  /** Refuses, naming the plan that has it, when the workspace's plan lacks {@code feature}. */
  public void require(Feature feature) {
    if (!allows(feature)) {
      throw new ValidationException(
          feature.label()
              + ": part of "
              + feature.plans()
              + "; this workspace is on "
              + plan.label()
              + ".");
    }
  }
}
