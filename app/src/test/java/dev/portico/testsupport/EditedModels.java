package dev.portico.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * Process models as an owner would edit them in Camunda Modeler, built from the bundled ones by
 * small text edits (each edit is checked to apply, so a changed bundled model fails loudly).
 */
public final class EditedModels {

  private EditedModels() {}

  public static String bundled(String processId) {
    try {
      return new ClassPathResource("processes/" + processId + ".bpmn")
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces every occurrence, failing when there is none. */
  public static String edit(String model, String from, String to) {
    if (!model.contains(from)) {
      throw new IllegalArgumentException("The model does not contain: " + from);
    }
    return model.replace(from, to);
  }

  /**
   * The deliverable review with reminders at twice the workspace's interval (the timer still reads
   * reminderInterval) and an extra step after each reminder, added as Modeler adds it from the
   * "Notify the workspace owner" element template (processes/element-templates): the owner is
   * mailed "Client reminded about deliverable &lt;id&gt;".
   */
  public static String slowerRemindersThatAlsoTellTheOwner() {
    String m = bundled("deliverable-review");
    m = edit(m, "duration(reminderInterval)", "(duration(reminderInterval) * 2)");
    m = edit(m, "\"/\" + reminderInterval", "\"/\" + string(duration(reminderInterval) * 2)");
    m =
        edit(
            m,
            "      <bpmn:outgoing>ToReviewReminderSentFlow</bpmn:outgoing>\n    </bpmn:serviceTask>",
            "      <bpmn:outgoing>ToTellLeadAboutReminderFlow</bpmn:outgoing>\n"
                + "    </bpmn:serviceTask>\n"
                + "    <bpmn:serviceTask id=\"TellLeadAboutReminderTask\" name=\"Tell owner the client"
                + " was reminded\" zeebe:modelerTemplate=\"dev.portico.notify-workspace-owner\""
                + " zeebe:modelerTemplateVersion=\"1\">\n"
                + "      <bpmn:extensionElements>\n"
                + "        <zeebe:taskDefinition type=\"notify-workspace-owner\" retries=\"5\" />\n"
                + "        <zeebe:ioMapping>\n"
                + "          <zeebe:input source=\"=&#34;Client reminded about deliverable &#34; +"
                + " deliverableId\" target=\"notificationSubject\" />\n"
                + "          <zeebe:input source=\"The client has not decided yet; Portico reminded"
                + " them.\" target=\"notificationMessage\" />\n"
                + "        </zeebe:ioMapping>\n"
                + "      </bpmn:extensionElements>\n"
                + "      <bpmn:incoming>ToTellLeadAboutReminderFlow</bpmn:incoming>\n"
                + "      <bpmn:outgoing>ToReviewReminderSentFlow</bpmn:outgoing>\n"
                + "    </bpmn:serviceTask>");
    m =
        edit(
            m,
            "<bpmn:sequenceFlow id=\"ToReviewReminderSentFlow\" sourceRef=\"SendReviewReminderTask\"",
            "<bpmn:sequenceFlow id=\"ToTellLeadAboutReminderFlow\" sourceRef=\"SendReviewReminderTask\""
                + " targetRef=\"TellLeadAboutReminderTask\" />\n"
                + "    <bpmn:sequenceFlow id=\"ToReviewReminderSentFlow\""
                + " sourceRef=\"TellLeadAboutReminderTask\"");
    m =
        edit(
            m,
            "    </bpmndi:BPMNPlane>",
            "      <bpmndi:BPMNShape id=\"TellLeadAboutReminderTask_di\""
                + " bpmnElement=\"TellLeadAboutReminderTask\">\n"
                + "        <dc:Bounds x=\"760\" y=\"20\" width=\"100\" height=\"80\" />\n"
                + "      </bpmndi:BPMNShape>\n"
                + "      <bpmndi:BPMNEdge id=\"ToTellLeadAboutReminderFlow_di\""
                + " bpmnElement=\"ToTellLeadAboutReminderFlow\">\n"
                + "        <di:waypoint x=\"740\" y=\"140\" /><di:waypoint x=\"760\" y=\"60\" />\n"
                + "      </bpmndi:BPMNEdge>\n"
                + "    </bpmndi:BPMNPlane>");
    return m;
  }
}
