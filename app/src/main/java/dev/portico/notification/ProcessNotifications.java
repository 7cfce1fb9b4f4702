package dev.portico.notification;

import dev.portico.identity.AccountAccess;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.engine.FlowRegistry;
import dev.portico.shared.mail.Mail;
import dev.portico.shared.mail.MailOutbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails that a process owner adds to a flow as a step (element template "Notify the workspace
 * owner"): the words come from the model, the recipient from the flow's workspace, which Portico
 * knows because it started the flow (the flow registry), never from a process variable.
 */
@Service
public class ProcessNotifications {

  private static final Logger log = LoggerFactory.getLogger(ProcessNotifications.class);
  private static final int MAX_SUBJECT = 200;

  private final FlowRegistry flows;
  private final AccountAccess accounts;
  private final MailOutbox outbox;
  private final PorticoProperties properties;

  ProcessNotifications(
      FlowRegistry flows, AccountAccess accounts, MailOutbox outbox, PorticoProperties properties) {
    this.flows = flows;
    this.accounts = accounts;
    this.outbox = outbox;
    this.properties = properties;
  }

  /** One step of a running flow, as the engine identifies it. */
  public record Step(long processInstanceKey, String elementId, long jobKey) {}

  /**
   * Queues the mail to the workspace owner once per step: a redelivered job (same job key) queues
   * nothing more.
   *
   * @throws IllegalStateException when Portico did not start the flow, or the workspace has no
   *     owner; the job fails and, with its retries spent, becomes an incident
   * @throws IllegalArgumentException when the model gives no subject
   */
  @Transactional
  public void notifyOwner(Step step, String subject, String message) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException(
          "Step " + step.elementId() + " has no notificationSubject: set Subject in the model");
    }
    FlowRegistry.Flow flow =
        flows
            .flowOf(step.processInstanceKey())
            .orElseThrow(
                () ->
                    // Also right after the start, before the relay's registration commits: the
                    // job fails, and its retry finds the flow.
                    new IllegalStateException(
                        "Portico did not start process instance "
                            + step.processInstanceKey()
                            + " (or has not registered it yet), so it cannot tell whose workspace"
                            + " it is"));
    UUID owner =
        accounts
            .ownerOf(flow.workspaceId())
            .orElseThrow(() -> new IllegalStateException("The workspace has no owner"));
    String email = accounts.emailOf(owner).orElseThrow();
    String text =
        (message == null ? "" : message.strip() + "\n\n")
            + "Sent by the step "
            + step.elementId()
            + " of the process "
            + flow.processId()
            + " ("
            + flow.businessKey()
            + ").\n"
            + properties.link("/staff")
            + "\n";
    // Keys restart in an engine that lost its state, so the flow and the step are part of the key.
    String key =
        "process-notification:%s:%s:%s:%d"
            .formatted(flow.processId(), flow.businessKey(), step.elementId(), step.jobKey());
    if (outbox.enqueue(key, new Mail(email, oneLine(subject), text, null))) {
      log.info(
          "Owner notified by step {} of {} {}",
          step.elementId(),
          flow.processId(),
          flow.businessKey());
    }
  }

  private static String oneLine(String subject) {
    String line = subject.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
  }
}
