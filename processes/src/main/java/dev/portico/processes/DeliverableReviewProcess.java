package dev.portico.processes;

/** Names in {@code deliverable-review.bpmn}, shared by workers, services and tests. */
public final class DeliverableReviewProcess {

  public static final String ID = "deliverable-review";
  public static final String RESOURCE = "processes/deliverable-review.bpmn";

  public static final String VAR_DELIVERABLE_ID = "deliverableId";

  /** The version in review (changes with each new version). */
  public static final String VAR_VERSION_ID = "versionId";

  /** 1 for the first review, +1 for each revision. */
  public static final String VAR_ROUND = "round";

  /** INTERACTIVE (Growth, Scale) or READ_ONLY (Starter: the client is told, nothing waits). */
  public static final String VAR_REVIEW_MODE = "reviewMode";

  /** ISO date-time the version was marked Ready for Review; timers count from it. */
  public static final String VAR_READY_AT = "readyAt";

  /** ISO duration between reminders to a silent client, default P2D. */
  public static final String VAR_REMINDER_INTERVAL = "reminderInterval";

  /** ISO duration after which the lead hears the review is overdue, default P7D. */
  public static final String VAR_REVIEW_WINDOW = "reviewWindow";

  /** Revision rounds included in the price, default 2. */
  public static final String VAR_INCLUDED_ROUNDS = "includedRounds";

  /** Set by message deliverable-decided: APPROVED or CHANGES_REQUESTED. */
  public static final String VAR_DECISION = "decision";

  public static final String MODE_INTERACTIVE = "INTERACTIVE";
  public static final String MODE_READ_ONLY = "READ_ONLY";
  public static final String DECISION_APPROVED = "APPROVED";
  public static final String DECISION_CHANGES_REQUESTED = "CHANGES_REQUESTED";

  public static final String JOB_NOTIFY_CLIENT = "notify-client-review";
  public static final String JOB_SEND_REMINDER = "send-review-reminder";
  public static final String JOB_NOTIFY_REVIEW_OVERDUE = "notify-review-overdue";
  public static final String JOB_LOCK_APPROVED = "lock-approved-deliverable";
  public static final String JOB_CREATE_REVISION_TASK = "create-revision-task";

  public static final String MSG_DELIVERABLE_DECIDED = "deliverable-decided";
  public static final String MSG_NEW_VERSION_READY = "new-version-ready";

  public static final String START_EVENT = "ReviewRequestedStartEvent";

  /** Joins the first review and the way back with each new version after a change request. */
  public static final String REVIEW_ROUND_LOOP_GATEWAY = "ReviewRoundLoopGateway";

  public static final String REVIEW_MODE_GATEWAY = "ReviewModeGateway";
  public static final String NOTIFY_CLIENT = "NotifyClientTask";
  public static final String SHARED_READ_ONLY_END_EVENT = "SharedReadOnlyEndEvent";
  public static final String WAIT_FOR_DECISION = "WaitForClientDecisionTask";
  public static final String REMINDER_DUE = "ReviewReminderDueBoundaryEvent";
  public static final String SEND_REMINDER = "SendReviewReminderTask";
  public static final String REMINDER_SENT_END_EVENT = "ReviewReminderSentEndEvent";
  public static final String REVIEW_OVERDUE = "ReviewOverdueBoundaryEvent";
  public static final String NOTIFY_REVIEW_OVERDUE = "NotifyReviewOverdueTask";
  public static final String REVIEW_OVERDUE_END_EVENT = "ReviewOverdueNotifiedEndEvent";
  public static final String DECISION_GATEWAY = "ClientDecisionGateway";
  public static final String LOCK_APPROVED = "LockApprovedDeliverableTask";
  public static final String APPROVED_END_EVENT = "DeliverableApprovedEndEvent";
  public static final String CREATE_REVISION_TASK = "CreateRevisionTaskTask";
  public static final String WAIT_FOR_NEW_VERSION = "WaitForNewVersionTask";

  public static final String DEFAULT_REMINDER_INTERVAL = "P2D";
  public static final String DEFAULT_REVIEW_WINDOW = "P7D";
  public static final int DEFAULT_INCLUDED_ROUNDS = 2;

  private DeliverableReviewProcess() {}
}
