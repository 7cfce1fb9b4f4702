package dev.portico.processes;

/** Names in {@code feedback-routing.bpmn}, shared by workers, services and tests. */
public final class FeedbackRoutingProcess {

  public static final String ID = "feedback-routing";
  public static final String RESOURCE = "processes/feedback-routing.bpmn";

  /** Start variable: the feedback's id; also the correlation key of {@link #MESSAGE_HANDLED}. */
  public static final String VAR_FEEDBACK_ID = "feedbackId";

  /** ISO date-time the client should have an answer by; set by the route step. */
  public static final String VAR_RESPOND_BY = "respondBy";

  /** The inbox item made for the feedback; set by the route step. */
  public static final String VAR_TASK_ID = "taskId";

  public static final String JOB_ROUTE_FEEDBACK = "route-feedback";
  public static final String JOB_NOTIFY_ASSIGNEE = "notify-feedback-assignee";
  public static final String JOB_ESCALATE = "escalate-feedback";
  public static final String JOB_SEND_ANSWER = "send-feedback-answer";

  /** Published when staff mark the feedback handled (answered). */
  public static final String MESSAGE_HANDLED = "feedback-handled";

  public static final String START_EVENT = "FeedbackReceivedStartEvent";
  public static final String ROUTE_FEEDBACK = "RouteFeedbackTask";
  public static final String NOTIFY_ASSIGNEE = "NotifyAssigneeTask";
  public static final String WAIT_FOR_HANDLING = "WaitForHandlingTask";
  public static final String ANSWER_TIME_PASSED = "AnswerTimePassedBoundaryEvent";
  public static final String ESCALATE = "EscalateToOwnerTask";
  public static final String ESCALATED_END_EVENT = "OwnerToldEndEvent";
  public static final String SEND_ANSWER = "SendAnswerToClientTask";
  public static final String ANSWERED_END_EVENT = "FeedbackAnsweredEndEvent";

  private FeedbackRoutingProcess() {}
}
