package dev.portico.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ARCHITECTURE.md §3 for every model at the top of the processes module: names a process owner can
 * read in Camunda Modeler, kebab-case process ids, job types and messages, and a complete diagram
 * so each model opens laid out.
 */
class ProcessModelConventionsTest {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*");
  static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** Ids Camunda Modeler generates: {@code Activity_0abc123}, {@code Flow_1x2y3z4}, ... */
  static final Pattern GENERATED = Pattern.compile("[A-Za-z]+_[0-9a-z]+");

  static final Set<String> EVENTS =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent");
  static final Set<String> TASKS =
      Set.of(
          "task",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "userTask",
          "manualTask",
          "scriptTask",
          "businessRuleTask",
          "callActivity",
          "subProcess",
          "adHocSubProcess",
          "transaction");
  static final Set<String> GATEWAYS =
      Set.of(
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway");

  /** Other elements the diagram draws (artifacts, pools, lanes, message flows). */
  static final Set<String> DRAWN_SHAPES =
      Set.of("participant", "lane", "textAnnotation", "dataObjectReference", "dataStoreReference");

  static final Set<String> DRAWN_EDGES = Set.of("sequenceFlow", "messageFlow", "association");

  /** Type suffixes that are unambiguous (§3: {@code SendReminderTask}, {@code ...EndEvent}). */
  static final Map<String, String> SUFFIXES =
      Map.ofEntries(
          Map.entry("startEvent", "StartEvent"),
          Map.entry("endEvent", "EndEvent"),
          Map.entry("sequenceFlow", "Flow"),
          Map.entry("exclusiveGateway", "Gateway"),
          Map.entry("parallelGateway", "Gateway"),
          Map.entry("inclusiveGateway", "Gateway"),
          Map.entry("eventBasedGateway", "Gateway"),
          Map.entry("complexGateway", "Gateway"),
          Map.entry("task", "Task"),
          Map.entry("serviceTask", "Task"),
          Map.entry("sendTask", "Task"),
          Map.entry("userTask", "Task"),
          Map.entry("manualTask", "Task"),
          Map.entry("scriptTask", "Task"),
          Map.entry("businessRuleTask", "Task"));

  static Stream<Path> models() throws IOException {
    Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    try (Stream<Path> files = Files.list(root)) {
      List<Path> bpmn =
          files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
      return bpmn.stream();
    }
  }

  @Test
  void theModelsAreFound() throws IOException {
    assertThat(models().map(p -> p.getFileName().toString()))
        .contains(FeedbackRoutingProcess.ID + ".bpmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void modelFollowsTheConventions(Path model) throws Exception {
    Document doc;
    try (InputStream in = Files.newInputStream(model)) {
      doc = parse(in);
    }
    assertThat(violations(model.getFileName().toString(), doc))
        .as("ARCHITECTURE.md §3 in %s", model.getFileName())
        .isEmpty();
  }

  /** The checks themselves catch what Camunda Modeler produces before anyone renames things. */
  @Test
  void aFreshlyModeledDiagramIsCaught() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="%s" xmlns:bpmndi="%s" xmlns:dc="%s" xmlns:di="%s"
            xmlns:zeebe="%s" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="Process_0x7k2ab" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:serviceTask id="Activity_0abc123" name="Send reminder">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="sendReminder" />
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:endEvent id="DoneEnd" name="Done" />
            <bpmn:sequenceFlow id="Flow_1x2y3z4" sourceRef="StartEvent_1" targetRef="Activity_0abc123" />
            <bpmn:sequenceFlow id="ToDoneFlow" sourceRef="Activity_0abc123" targetRef="DoneEnd" />
          </bpmn:process>
          <bpmn:message id="Message_2" name="DeliverableDecided" />
          <bpmn:error id="Error_1" errorCode="not-found" />
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_0x7k2ab">
              <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
                <dc:Bounds x="152" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Activity_0abc123_di" bpmnElement="Activity_0abc123" />
              <bpmndi:BPMNEdge id="Flow_1x2y3z4_di" bpmnElement="Flow_1x2y3z4">
                <di:waypoint x="188" y="120" />
                <di:waypoint x="250" y="120" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNShape id="Gone_di" bpmnElement="RemovedTask">
                <dc:Bounds x="1" y="1" width="1" height="1" />
              </bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """
            .formatted(BPMN, BPMNDI, DC, DI, ZEEBE)
            .strip();

    List<String> violations =
        violations(
            "invoice-dunning.bpmn",
            parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

    assertThat(violations)
        .anySatisfy(v -> assertThat(v).contains("process id 'Process_0x7k2ab'"))
        .anySatisfy(v -> assertThat(v).contains("'Activity_0abc123'").contains("generated"))
        .anySatisfy(v -> assertThat(v).contains("'Flow_1x2y3z4'").contains("generated"))
        .anySatisfy(v -> assertThat(v).contains("'StartEvent_1'").contains("generated"))
        .anySatisfy(v -> assertThat(v).contains("startEvent 'StartEvent_1' has no name"))
        .anySatisfy(v -> assertThat(v).contains("'DoneEnd'").contains("end in 'EndEvent'"))
        .anySatisfy(v -> assertThat(v).contains("job type 'sendReminder'"))
        .anySatisfy(v -> assertThat(v).contains("message name 'DeliverableDecided'"))
        .anySatisfy(v -> assertThat(v).contains("error code 'not-found'"))
        .anySatisfy(v -> assertThat(v).contains("'Activity_0abc123' has a shape without bounds"))
        .anySatisfy(v -> assertThat(v).contains("'DoneEnd' has no shape"))
        .anySatisfy(v -> assertThat(v).contains("'ToDoneFlow' has no edge"))
        .anySatisfy(v -> assertThat(v).contains("'RemovedTask'").contains("no such element"))
        .noneMatch(v -> v.startsWith("sequenceFlow id 'ToDoneFlow'"))
        .noneMatch(v -> v.contains("'Send reminder'"));
  }

  static Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder().parse(in);
  }

  /** Everything in the model that breaks §3; empty when the model is fine. */
  static List<String> violations(String fileName, Document doc) {
    List<String> problems = new ArrayList<>();
    String expectedId = fileName.replaceFirst("\\.bpmn$", "");

    List<Element> executable =
        elements(doc, BPMN, "process").stream()
            .filter(p -> "true".equals(p.getAttribute("isExecutable")))
            .toList();
    if (executable.size() != 1) {
      problems.add("expected exactly one executable process, found " + executable.size());
    }
    for (Element process : executable) {
      String id = process.getAttribute("id");
      if (!id.equals(expectedId) || !KEBAB.matcher(id).matches()) {
        problems.add(
            "process id '%s' must be kebab-case and equal the file name '%s'"
                .formatted(id, expectedId));
      }
    }

    Map<String, Element> shapes = new HashMap<>();
    Map<String, Element> edges = new HashMap<>();
    elements(doc, BPMNDI, "BPMNShape").forEach(s -> shapes.put(s.getAttribute("bpmnElement"), s));
    elements(doc, BPMNDI, "BPMNEdge").forEach(e -> edges.put(e.getAttribute("bpmnElement"), e));
    Set<String> planes =
        Set.copyOf(
            elements(doc, BPMNDI, "BPMNPlane").stream()
                .map(p -> p.getAttribute("bpmnElement"))
                .toList());
    if (executable.stream().noneMatch(p -> planes.contains(p.getAttribute("id")))
        && elements(doc, BPMN, "collaboration").stream()
            .noneMatch(c -> planes.contains(c.getAttribute("id")))) {
      problems.add("no diagram (BPMNPlane) for the process or its collaboration");
    }

    Set<String> ids = new HashSet<>();
    for (Element element : elements(doc, BPMN, "*")) {
      String type = element.getLocalName();
      String id = element.getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
      boolean flowNode = EVENTS.contains(type) || TASKS.contains(type) || GATEWAYS.contains(type);
      if (flowNode || type.equals("sequenceFlow")) {
        if (GENERATED.matcher(id).matches()) {
          problems.add(
              "%s '%s' has a Modeler-generated id; name it in PascalCase with a type suffix"
                  .formatted(type, id));
        } else if (!PASCAL.matcher(id).matches()) {
          problems.add("%s id '%s' must be PascalCase".formatted(type, id));
        }
        String suffix = SUFFIXES.get(type);
        if (suffix != null && !id.endsWith(suffix)) {
          problems.add("%s id '%s' must end in '%s'".formatted(type, id, suffix));
        }
      }
      if ((EVENTS.contains(type) || TASKS.contains(type))
          && element.getAttribute("name").isBlank()) {
        problems.add("%s '%s' has no name".formatted(type, id));
      }
      if (flowNode || DRAWN_SHAPES.contains(type)) {
        Element shape = shapes.get(id);
        if (shape == null) {
          problems.add("%s '%s' has no shape in the diagram".formatted(type, id));
        } else if (shape.getElementsByTagNameNS(DC, "Bounds").getLength() == 0) {
          problems.add("%s '%s' has a shape without bounds".formatted(type, id));
        }
      }
      if (DRAWN_EDGES.contains(type)) {
        Element edge = edges.get(id);
        if (edge == null) {
          problems.add("%s '%s' has no edge in the diagram".formatted(type, id));
        } else if (edge.getElementsByTagNameNS(DI, "waypoint").getLength() < 2) {
          problems.add("%s '%s' has an edge with fewer than two waypoints".formatted(type, id));
        }
      }
      if (type.equals("message")) {
        String name = element.getAttribute("name");
        if (!KEBAB.matcher(name).matches()) {
          problems.add("message name '%s' (%s) must be kebab-case".formatted(name, id));
        }
      }
      if (type.equals("error")) {
        String code = element.getAttribute("errorCode");
        if (!UPPER_SNAKE.matcher(code).matches()) {
          problems.add("error code '%s' (%s) must be UPPER_SNAKE".formatted(code, id));
        }
      }
    }

    for (Element definition : elements(doc, ZEEBE, "taskDefinition")) {
      String jobType = definition.getAttribute("type");
      if (!KEBAB.matcher(jobType).matches()) {
        problems.add(
            "job type '%s' of '%s' must be kebab-case"
                .formatted(jobType, owner(definition).getAttribute("id")));
      }
    }

    for (String drawn : concat(shapes.keySet(), edges.keySet())) {
      if (!ids.contains(drawn)) {
        problems.add("diagram element for '%s' points to no such element".formatted(drawn));
      }
    }
    return problems;
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The flow element an extension element belongs to. */
  private static Element owner(Element extension) {
    Element parent = (Element) extension.getParentNode(); // bpmn:extensionElements
    return (Element) parent.getParentNode();
  }

  private static List<Element> elements(Document doc, String namespace, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
