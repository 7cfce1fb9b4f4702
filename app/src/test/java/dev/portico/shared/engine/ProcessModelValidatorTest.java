package dev.portico.shared.engine;

import static dev.portico.testsupport.EditedModels.bundled;
import static dev.portico.testsupport.EditedModels.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.processes.ClientInvitationProcess;
import dev.portico.processes.DeliverableReviewProcess;
import dev.portico.processes.DomainVerificationProcess;
import dev.portico.processes.FeedbackRoutingProcess;
import dev.portico.processes.InvoiceDunningProcess;
import dev.portico.processes.PorticoSteps;
import dev.portico.testsupport.EditedModels;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploads an owner edited: the bundled models and a harmless edit pass; each kind of damage is
 * refused on the element a process owner finds in Camunda Modeler.
 */
class ProcessModelValidatorTest {

  private static final List<String> PROCESSES =
      List.of(
          ClientInvitationProcess.ID,
          DeliverableReviewProcess.ID,
          DomainVerificationProcess.ID,
          FeedbackRoutingProcess.ID,
          InvoiceDunningProcess.ID);

  private static final Pattern JOB_TYPE = Pattern.compile("taskDefinition type=\"([^\"]+)\"");

  private final ProcessModelValidator validator = validator();

  /**
   * The rules of this build: every job type in a bundled model or an element template has a worker
   * (tested elsewhere).
   */
  private static ProcessModelValidator validator() {
    Map<String, byte[]> models = new LinkedHashMap<>();
    Set<String> jobTypes = new TreeSet<>();
    for (String id : PROCESSES) {
      String model = bundled(id);
      models.put(id, model.getBytes(StandardCharsets.UTF_8));
      Matcher m = JOB_TYPE.matcher(model);
      while (m.find()) {
        jobTypes.add(m.group(1));
      }
    }
    // The generic step of the element templates (JobWorkersMatchModelsTest: it has a worker).
    jobTypes.add(PorticoSteps.JOB_NOTIFY_OWNER);
    return new ProcessModelValidator(
        models,
        jobTypes,
        Map.of(
            DeliverableReviewProcess.ID,
            Set.of(
                DeliverableReviewProcess.NOTIFY_CLIENT,
                DeliverableReviewProcess.CREATE_REVISION_TASK,
                DeliverableReviewProcess.LOCK_APPROVED),
            DomainVerificationProcess.ID,
            Set.of(DomainVerificationProcess.RETRIES_LEFT_GATEWAY)));
  }

  private ProcessModelValidator.Validated validate(String model) {
    return validator.validate(model.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> blocking(ProcessModelValidator.Validated v) {
    return v.problems().stream()
        .filter(ModelProblem::blocking)
        .map(ModelProblem::toString)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ClientInvitationProcess.ID,
        DeliverableReviewProcess.ID,
        DomainVerificationProcess.ID,
        FeedbackRoutingProcess.ID,
        InvoiceDunningProcess.ID
      })
  void theBundledModelsPass(String processId) {
    var validated = validate(bundled(processId));
    assertThat(blocking(validated)).isEmpty();
    assertThat(validated.processId()).isEqualTo(processId);
  }

  @Test
  void slowerRemindersWithAnExtraStepPass() {
    var validated = validate(EditedModels.slowerRemindersThatAlsoTellTheOwner());
    assertThat(blocking(validated)).isEmpty();
    assertThat(validated.valid()).isTrue();
  }

  @Test
  void anUnknownJobTypeIsRefusedOnItsTask() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "type=\"send-review-reminder\"",
                "type=\"send-review-nudge\""));
    assertThat(validated.valid()).isFalse();
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .startsWith("SendReviewReminderTask (Remind client to review): ")
        .contains("No Portico worker handles job type 'send-review-nudge'");
  }

  @Test
  void aRemovedResumePointIsRefused() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "CreateRevisionTaskTask",
                "ReviseDeliverableTask"));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .startsWith("CreateRevisionTaskTask (Create revision task): ")
        .contains("resumes flows at this element");
  }

  @Test
  void aRenamedGatewayPorticoResumesAtIsRefused() {
    var validated =
        validate(
            edit(bundled(DomainVerificationProcess.ID), "RetriesLeftGateway", "RetriesGateway"));
    assertThat(blocking(validated))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("RetriesLeftGateway")
                    .contains("resumes flows at this element"));
  }

  @Test
  void aRenamedMessageIsRefusedOnTheElementThatCaughtIt() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "name=\"deliverable-decided\"",
                "name=\"deliverable-decision-made\""));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .startsWith("WaitForClientDecisionTask (Wait for client decision): ")
        .contains("'deliverable-decided'", "=deliverableId", "no element catches it");
  }

  @Test
  void anotherCorrelationKeyIsRefused() {
    String model = bundled(DeliverableReviewProcess.ID);
    int newVersion = model.indexOf("name=\"new-version-ready\"");
    String edited =
        model.substring(0, newVersion)
            + edit(
                model.substring(newVersion),
                "correlationKey=\"=deliverableId\"",
                "correlationKey=\"=versionId\"");
    assertThat(blocking(validate(edited)))
        .singleElement()
        .asString()
        .startsWith("WaitForNewVersionTask (Wait for new version): ")
        .contains("must be correlated by =deliverableId");
  }

  @Test
  void unparsableXmlIsRefused() {
    String model = bundled(FeedbackRoutingProcess.ID);
    var validated = validate(model.substring(0, model.length() / 2));
    assertThat(validated.processId()).isNull();
    assertThat(blocking(validated)).singleElement().asString().contains("not readable XML");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    String model =
        edit(
            bundled(FeedbackRoutingProcess.ID),
            "<bpmn:definitions",
            "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions");
    var validated = validate(edit(model, "name=\"Feedback answered\"", "name=\"&secret;\""));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .contains("not readable XML")
        .doesNotContain("root:");
  }

  @Test
  void aProcessIdPorticoDoesNotRunIsRefused() {
    var validated =
        validate(edit(bundled(FeedbackRoutingProcess.ID), "feedback-routing", "feedback-triage"));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .startsWith("feedback-triage (Feedback routing): Portico does not run a process")
        .contains("deliverable-review");
  }

  @Test
  void aLintErrorIsRefusedOnItsElement() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "name=\"Tell lead review is overdue\"",
                "name=\" \""));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .isEqualTo(
            "NotifyReviewOverdueTask: Element is missing label/name (bpmnlint label-required)");
  }

  @Test
  void aHardCodedTimerIsRefused() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "=date and time(readyAt) + duration(reviewWindow)",
                "=date and time(readyAt) + duration(\"P10D\")"));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .startsWith("ReviewOverdueBoundaryEvent (Review window passed): ")
        .contains("no longer uses reviewWindow");
  }

  @Test
  void aFixedTimerIsRefused() {
    var validated =
        validate(
            edit(
                bundled(DeliverableReviewProcess.ID),
                "=date and time(readyAt) + duration(reviewWindow)",
                "2026-12-24T10:00:00Z"));
    assertThat(blocking(validated))
        .singleElement()
        .asString()
        .contains("The timer is fixed (2026-12-24T10:00:00Z)");
  }

  @Test
  void aDisconnectedTaskIsALintErrorAndAJoinOnlyAWarning() {
    String model =
        edit(
            bundled(DeliverableReviewProcess.ID),
            "    <bpmn:endEvent id=\"ReviewReminderSentEndEvent\"",
            "    <bpmn:serviceTask id=\"ForgottenTask\" name=\"Forgotten step\">\n"
                + "      <bpmn:extensionElements><zeebe:taskDefinition"
                + " type=\"send-review-reminder\" /></bpmn:extensionElements>\n"
                + "    </bpmn:serviceTask>\n"
                + "    <bpmn:endEvent id=\"ReviewReminderSentEndEvent\"");
    model =
        edit(
            model,
            "    </bpmndi:BPMNPlane>",
            "      <bpmndi:BPMNShape id=\"ForgottenTask_di\" bpmnElement=\"ForgottenTask\">\n"
                + "        <dc:Bounds x=\"10\" y=\"10\" width=\"100\" height=\"80\" />\n"
                + "      </bpmndi:BPMNShape>\n"
                + "    </bpmndi:BPMNPlane>");
    model =
        edit(
            model,
            "<bpmn:incoming>ToReviewReminderSentFlow</bpmn:incoming>",
            "<bpmn:incoming>ToReviewReminderSentFlow</bpmn:incoming>\n"
                + "      <bpmn:incoming>ToReviewOverdueNotifiedFlow</bpmn:incoming>");
    model =
        edit(
            model,
            "    <bpmn:endEvent id=\"ReviewOverdueNotifiedEndEvent\" name=\"Lead notified\">\n"
                + "      <bpmn:incoming>ToReviewOverdueNotifiedFlow</bpmn:incoming>\n"
                + "    </bpmn:endEvent>\n",
            "");
    model =
        edit(
            model,
            "targetRef=\"ReviewOverdueNotifiedEndEvent\"",
            "targetRef=\"ReviewReminderSentEndEvent\"");
    model =
        edit(
            model,
            "bpmnElement=\"ReviewOverdueNotifiedEndEvent\"",
            "bpmnElement=\"ReviewReminderSentEndEvent\"");
    var validated = validate(model);
    assertThat(blocking(validated))
        .containsExactly(
            "ForgottenTask (Forgotten step): Element is not connected (bpmnlint no-disconnected)");
    assertThat(validated.problems())
        .filteredOn(p -> !p.blocking())
        .as("the new join is news; the bundled model's join at NotifyClientTask is not")
        .extracting(ModelProblem::elementId)
        .containsExactly("ReviewReminderSentEndEvent");
  }

  @Test
  void timerVariablesAreReadFromTheExpression() {
    assertThat(
            ProcessModelValidator.variables(
                "=\"R/\" + string(date and time(readyAt) + duration(reminderInterval)) + \"/P1D\""))
        .containsExactly("readyAt", "reminderInterval");
    assertThat(ProcessModelValidator.variables("P3D")).isEmpty();
  }
}
