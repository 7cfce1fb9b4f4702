package dev.portico.processes;

/**
 * Steps a process owner may add to any of Portico's processes from an element template ({@code
 * processes/element-templates/}): job types whose workers read only the variables named here, not a
 * process's business id.
 */
public final class PorticoSteps {

  /** Mails the workspace's owner a message written in the model. */
  public static final String JOB_NOTIFY_OWNER = "notify-workspace-owner";

  /** Subject of the mail (a FEEL expression may build it from the process's variables). */
  public static final String VAR_NOTIFICATION_SUBJECT = "notificationSubject";

  /** Body of the mail, plain text. */
  public static final String VAR_NOTIFICATION_MESSAGE = "notificationMessage";

  private PorticoSteps() {}
}
