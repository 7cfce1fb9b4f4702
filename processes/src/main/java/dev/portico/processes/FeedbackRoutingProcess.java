package dev.portico.processes;

/** Names in {@code feedback-routing.bpmn}, shared by workers, services and tests. */
public final class FeedbackRoutingProcess {

  public static final String ID = "feedback-routing";
  public static final String RESOURCE = "processes/feedback-routing.bpmn";

  public static final String VAR_FEEDBACK_ID = "feedbackId";

  public static final String JOB_CREATE_FEEDBACK_TASK = "create-feedback-task";

  public static final String START_EVENT = "FeedbackReceivedStartEvent";
  public static final String CREATE_FEEDBACK_TASK = "CreateFeedbackTaskTask";
  public static final String ROUTED_END_EVENT = "FeedbackRoutedEndEvent";

  private FeedbackRoutingProcess() {}
}
