package dev.portico.processes;

/**
 * Names in {@code domain-verification.bpmn}, shared by workers, services and tests.
 *
 * <p>The flow: the owner pressed Verify and the first check (made at once, in Portico) failed →
 * wait until {@link #VAR_REQUESTED_AT} + {@link #VAR_RETRY_OFFSETS}[{@link #VAR_RETRY}] → check the
 * domain's CNAME again → verified: mail the owner; not yet: the next retry; no retries left: mark
 * the domain failed and mail the owner. A domain removed or verified again meanwhile ends the flow
 * quietly (outcome {@link #OUTCOME_STOPPED}).
 */
public final class DomainVerificationProcess {

  public static final String ID = "domain-verification";
  public static final String RESOURCE = "processes/domain-verification.bpmn";

  /** The business id: one per press of Verify. */
  public static final String VAR_VERIFICATION_ID = "verificationId";

  /** ISO date-time of the press of Verify; every retry counts from it. */
  public static final String VAR_REQUESTED_AT = "requestedAt";

  /** List of ISO durations after {@link #VAR_REQUESTED_AT}, one retry each, ascending. */
  public static final String VAR_RETRY_OFFSETS = "retryOffsets";

  /** 1-based index into {@link #VAR_RETRY_OFFSETS} of the next retry. */
  public static final String VAR_RETRY = "retry";

  /** What a check found: {@link #OUTCOME_VERIFIED}, {@link #OUTCOME_NOT_YET} or stopped. */
  public static final String VAR_OUTCOME = "outcome";

  public static final String OUTCOME_VERIFIED = "VERIFIED";
  public static final String OUTCOME_NOT_YET = "NOT_YET";
  public static final String OUTCOME_STOPPED = "STOPPED";

  public static final String JOB_CHECK = "check-custom-domain";
  public static final String JOB_MAIL_VERIFIED = "send-domain-verified-mail";
  public static final String JOB_FAIL = "fail-domain-verification";

  public static final String START_EVENT = "VerificationRequestedStartEvent";

  /** Joins the way in from the start and the way back after each check that found nothing yet. */
  public static final String RETRY_LOOP_GATEWAY = "RetryLoopGateway";

  public static final String RETRIES_LEFT_GATEWAY = "RetriesLeftGateway";
  public static final String WAIT_FOR_RETRY = "RetryDueEvent";
  public static final String CHECK = "CheckCustomDomainTask";
  public static final String OUTCOME_GATEWAY = "DomainVerifiedGateway";
  public static final String MAIL_VERIFIED = "SendDomainVerifiedMailTask";
  public static final String FAIL = "FailDomainVerificationTask";
  public static final String VERIFIED_END_EVENT = "DomainVerifiedEndEvent";
  public static final String FAILED_END_EVENT = "VerificationFailedEndEvent";
  public static final String STOPPED_END_EVENT = "VerificationStoppedEndEvent";

  private DomainVerificationProcess() {}
}
