package dev.portico.processes;

/** Names in {@code client-invitation.bpmn}, shared by workers, services and tests. */
public final class ClientInvitationProcess {

  public static final String ID = "client-invitation";
  public static final String RESOURCE = "processes/client-invitation.bpmn";

  public static final String VAR_INVITATION_ID = "invitationId";

  /** ISO date-time the invitation was sent; reminder and expiry are counted from it. */
  public static final String VAR_INVITED_AT = "invitedAt";

  /** ISO duration, e.g. P3D. */
  public static final String VAR_REMINDER_INTERVAL = "reminderInterval";

  /** ISO duration, e.g. P14D. */
  public static final String VAR_INVITATION_WINDOW = "invitationWindow";

  /** ISO date-time when portal access ends, or null. */
  public static final String VAR_ACCESS_EXPIRES_AT = "accessExpiresAt";

  public static final String JOB_SEND_INVITATION_MAIL = "send-invitation-mail";
  public static final String JOB_SEND_INVITATION_REMINDER = "send-invitation-reminder";
  public static final String JOB_EXPIRE_INVITATION = "expire-invitation";
  public static final String JOB_ACTIVATE_PORTAL_ACCESS = "activate-portal-access";
  public static final String JOB_REVOKE_EXPIRED_ACCESS = "revoke-expired-access";

  public static final String MSG_INVITATION_ACCEPTED = "invitation-accepted";
  public static final String MSG_INVITATION_CANCELLED = "invitation-cancelled";
  public static final String MSG_ACCESS_REVOKED = "access-revoked";

  public static final String START_EVENT = "InvitationRequestedStartEvent";
  public static final String SEND_INVITATION_MAIL = "SendInvitationMailTask";
  public static final String WAIT_FOR_ACCEPTANCE = "WaitForAcceptanceTask";
  public static final String REMINDER_DUE = "ReminderDueBoundaryEvent";
  public static final String SEND_REMINDER = "SendInvitationReminderTask";
  public static final String REMINDER_SENT_END_EVENT = "ReminderSentEndEvent";
  public static final String INVITATION_EXPIRED = "InvitationExpiredBoundaryEvent";
  public static final String EXPIRE_INVITATION = "ExpireInvitationTask";
  public static final String INVITATION_EXPIRED_END_EVENT = "InvitationExpiredEndEvent";
  public static final String INVITATION_CANCELLED = "InvitationCancelledBoundaryEvent";
  public static final String INVITATION_CANCELLED_END_EVENT = "InvitationCancelledEndEvent";
  public static final String ACTIVATE_ACCESS = "ActivateAccessTask";
  public static final String ACCESS_EXPIRY_SET_GATEWAY = "AccessExpirySetGateway";
  public static final String ACCESS_ACTIVE_END_EVENT = "AccessActiveEndEvent";
  public static final String ACCESS_ACTIVE = "AccessActiveTask";
  public static final String ACCESS_EXPIRY_REACHED = "AccessExpiryReachedBoundaryEvent";
  public static final String REVOKE_EXPIRED_ACCESS = "RevokeExpiredAccessTask";
  public static final String ACCESS_EXPIRED_END_EVENT = "AccessExpiredEndEvent";
  public static final String ACCESS_REVOKED_END_EVENT = "AccessRevokedEndEvent";

  /** Defaults of the tunable durations (workspace settings may override them). */
  public static final String DEFAULT_REMINDER_INTERVAL = "P3D";

  public static final String DEFAULT_INVITATION_WINDOW = "P14D";

  private ClientInvitationProcess() {}
}
