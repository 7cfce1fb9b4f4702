package dev.portico.notification;

import dev.portico.processes.PorticoSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Step {@code notify-workspace-owner}, added by process owners from the element template: a mail
 * with the model's subject and message to the owner of the flow's workspace, once per step.
 */
@Component
public class NotifyOwnerWorker {

  private final ProcessNotifications notifications;

  NotifyOwnerWorker(ProcessNotifications notifications) {
    this.notifications = notifications;
  }

  @JobWorker(type = PorticoSteps.JOB_NOTIFY_OWNER)
  public void handle(
      ActivatedJob job,
      @Variable(name = PorticoSteps.VAR_NOTIFICATION_SUBJECT) String subject,
      @Variable(name = PorticoSteps.VAR_NOTIFICATION_MESSAGE, optional = true) String message) {
    notifications.notifyOwner(
        new ProcessNotifications.Step(
            job.getProcessInstanceKey(), job.getElementId(), job.getKey()),
        subject,
        message);
  }
}
