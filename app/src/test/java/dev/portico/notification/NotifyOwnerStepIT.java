package dev.portico.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.processes.PorticoSteps;
import dev.portico.shared.engine.EngineCommands;
import dev.portico.shared.engine.FlowRegistry;
import dev.portico.shared.mail.CapturedMail;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The step a process owner adds from the "Notify the workspace owner" element template, in a flow
 * Portico starts: the owner of that flow's workspace gets the model's words once, and no one else.
 */
@IntegrationTest
class NotifyOwnerStepIT {

  static final String PROCESS = "notify-owner-step-test";
  static final String STEP = "TellOwnerTask";

  @Autowired Fixtures fixtures;
  @Autowired EngineCommands commands;
  @Autowired FlowRegistry flows;
  @Autowired ProcessNotifications notifications;
  @Autowired CamundaClient engine;
  @Autowired DevMailbox mailbox;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  /** As Camunda Modeler writes the step from the template: job type, retries, two inputs. */
  @BeforeAll
  static void deploy(@Autowired CamundaClient engine) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS)
            .startEvent("StartedStartEvent")
            .serviceTask(
                STEP,
                t ->
                    t.zeebeJobType(PorticoSteps.JOB_NOTIFY_OWNER)
                        .zeebeJobRetries("5")
                        .zeebeInputExpression(
                            "\"Invoice \" + invoiceNumber + \" needs a call\"",
                            PorticoSteps.VAR_NOTIFICATION_SUBJECT)
                        .zeebeInput(
                            "Three reminders went unanswered. Please call the client.",
                            PorticoSteps.VAR_NOTIFICATION_MESSAGE))
            .endEvent("DoneEndEvent")
            .done();
    engine.newDeployResourceCommand().addProcessModel(model, PROCESS + ".bpmn").send().join();
  }

  @Test
  void theOwnerOfTheFlowsWorkspaceGetsTheModelsWordsOnce() {
    Agency a = fixtures.agency("N");
    Agency other = fixtures.agency("M");
    String businessKey = UUID.randomUUID().toString();

    tx.executeWithoutResult(
        s ->
            commands.startFlow(
                a.workspaceId(), PROCESS, businessKey, Map.of("invoiceNumber", "INV-0042")));

    List<CapturedMail> mails =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> notices(a.owner().email()), list -> !list.isEmpty());
    assertThat(mails)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.mail().subject()).isEqualTo("Invoice INV-0042 needs a call");
              assertThat(m.mail().text())
                  .contains("Three reminders went unanswered. Please call the client.")
                  .contains(STEP)
                  .contains(PROCESS)
                  .contains(businessKey);
            });
    assertThat(notices(a.staff().email())).as("staff who are not the owner").isEmpty();
    assertThat(notices(other.owner().email())).as("another agency's owner").isEmpty();
  }

  @Test
  void aRepeatedJobQueuesNoSecondMail() {
    Agency a = fixtures.agency("R");
    String businessKey = UUID.randomUUID().toString();
    tx.executeWithoutResult(
        s ->
            commands.startFlow(
                a.workspaceId(), PROCESS, businessKey, Map.of("invoiceNumber", "INV-7")));
    await().atMost(Duration.ofSeconds(20)).until(() -> !notices(a.owner().email()).isEmpty());
    long instance =
        jdbc.sql("select instance_key from engine_flow where process_id = ? and business_key = ?")
            .params(PROCESS, businessKey)
            .query(Long.class)
            .single();

    // The same job handed out again (its key is part of the outbox key of the first mail).
    long jobKey =
        jdbc.sql("select dedup_key from outbox_mail where dedup_key like ?")
            .param("process-notification:" + PROCESS + ":" + businessKey + ":%")
            .query(String.class)
            .single()
            .transform(k -> Long.parseLong(k.substring(k.lastIndexOf(':') + 1)));
    notifications.notifyOwner(
        new ProcessNotifications.Step(instance, STEP, jobKey), "Invoice INV-7 needs a call", "");

    assertThat(
            jdbc.sql("select count(*) from outbox_mail where dedup_key like ?")
                .param("process-notification:" + PROCESS + ":" + businessKey + ":%")
                .query(Long.class)
                .single())
        .as("mails queued for the step")
        .isEqualTo(1);
    assertThat(notices(a.owner().email())).hasSize(1);
  }

  @Test
  void aFlowPorticoDidNotStartFailsTheStepInsteadOfGuessingTheWorkspace() {
    assertThatThrownBy(
            () ->
                notifications.notifyOwner(
                    new ProcessNotifications.Step(-1L, STEP, 1L), "Subject", "Message"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not start");
  }

  private List<CapturedMail> notices(String email) {
    return mailbox.mailsTo(email).stream()
        .filter(m -> m.mail().text() != null && m.mail().text().contains(PROCESS))
        .toList();
  }
}
