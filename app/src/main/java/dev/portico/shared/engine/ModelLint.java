package dev.portico.shared.engine;

import static dev.portico.shared.engine.ProcessModelValidator.name;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ComplexGateway;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.Lane;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Participant;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bpmnlint {@code recommended} rules that matter for an uploaded model, ported to Java so an
 * upload is checked inside Portico (the Node bpmnlint runs in CI on the bundled models). Rules that
 * bpmnlint reports as errors refuse the upload; its warnings are shown. Messages follow bpmnlint's.
 */
final class ModelLint {

  private ModelLint() {}

  static List<ModelProblem> check(BpmnModelInstance model) {
    List<ModelProblem> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      container(process, process.getFlowElements(), false, problems);
    }
    for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
      container(sub, sub.getFlowElements(), sub.triggeredByEvent(), problems);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      node(node, problems);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flow.getConditionExpression() != null && name(flow).isEmpty()) {
        problems.add(error(flow, "label-required", "Element is missing label/name"));
      }
    }
    duplicateFlows(model, problems);
    for (Participant p : model.getModelElementsByType(Participant.class)) {
      if (name(p).isEmpty()) {
        problems.add(error(p, "label-required", "Element is missing label/name"));
      }
    }
    for (Lane l : model.getModelElementsByType(Lane.class)) {
      if (name(l).isEmpty()) {
        problems.add(error(l, "label-required", "Element is missing label/name"));
      }
    }
    drawn(model, problems);
    return problems;
  }

  /** start-event-required, end-event-required, single-blank-start-event. */
  private static void container(
      BaseElement container,
      Collection<FlowElement> elements,
      boolean eventSubProcess,
      List<ModelProblem> problems) {
    List<StartEvent> starts =
        elements.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
    if (starts.isEmpty()) {
      problems.add(error(container, "start-event-required", "Process is missing start event"));
    }
    if (elements.stream().noneMatch(EndEvent.class::isInstance)) {
      problems.add(error(container, "end-event-required", "Process is missing end event"));
    }
    if (!eventSubProcess
        && starts.stream().filter(s -> s.getEventDefinitions().isEmpty()).count() > 1) {
      problems.add(
          error(container, "single-blank-start-event", "Process has multiple blank start events"));
    }
  }

  private static void node(FlowNode node, List<ModelProblem> problems) {
    Collection<SequenceFlow> incoming = node.getIncoming();
    Collection<SequenceFlow> outgoing = node.getOutgoing();
    boolean gateway = node instanceof Gateway;

    // label-required
    boolean unlabelledAllowed =
        node instanceof ParallelGateway
            || node instanceof EventBasedGateway
            || (gateway && outgoing.size() <= 1)
            || node instanceof SubProcess;
    if (!unlabelledAllowed && name(node).isEmpty()) {
      problems.add(error(node, "label-required", "Element is missing label/name"));
    }

    // no-disconnected, no-implicit-start, no-implicit-end
    boolean eventSubProcess = node instanceof SubProcess s && s.triggeredByEvent();
    boolean compensation =
        (node instanceof Activity a && a.isForCompensation())
            || (node instanceof BoundaryEvent b
                && has(b.getEventDefinitions(), CompensateEventDefinition.class));
    if (!eventSubProcess && !compensation) {
      if (incoming.isEmpty() && outgoing.isEmpty()) {
        problems.add(error(node, "no-disconnected", "Element is not connected"));
      } else if (incoming.isEmpty()
          && !(node instanceof StartEvent)
          && !(node instanceof BoundaryEvent)
          && !isLinkCatch(node)) {
        problems.add(error(node, "no-implicit-start", "Element is an implicit start"));
      } else if (outgoing.isEmpty() && !(node instanceof EndEvent) && !isLinkThrow(node)) {
        problems.add(error(node, "no-implicit-end", "Element is an implicit end"));
      }
    }

    if (!gateway) {
      SequenceFlow byDefault = defaultOf(node);
      // no-implicit-split
      long unconditional =
          outgoing.stream()
              .filter(f -> f.getConditionExpression() == null && f != byDefault)
              .count();
      if (unconditional > 1) {
        problems.add(error(node, "no-implicit-split", "Flow splits implicitly"));
      }
      // fake-join (warn)
      if (incoming.size() > 1) {
        problems.add(warning(node, "fake-join", "Incoming flows do not join"));
      }
    } else {
      if (incoming.size() == 1 && outgoing.size() == 1) {
        problems.add(
            warning(
                node,
                "superfluous-gateway",
                "Gateway is superfluous. It only has one source and target."));
      }
      if (incoming.size() > 1 && outgoing.size() > 1) {
        problems.add(error(node, "no-gateway-join-fork", "Gateway forks and joins"));
      }
      if (node instanceof ComplexGateway) {
        problems.add(
            error(node, "no-complex-gateway", "Element type <bpmn:ComplexGateway> is discouraged"));
      }
      if (node instanceof InclusiveGateway) {
        problems.add(
            warning(
                node,
                "no-inclusive-gateway",
                "Element type <bpmn:InclusiveGateway> is discouraged"));
      }
    }

    // conditional-flows: a node forking on conditions needs a condition or the default on each
    SequenceFlow byDefault = defaultOf(node);
    boolean conditionalFork =
        byDefault != null || outgoing.stream().anyMatch(f -> f.getConditionExpression() != null);
    if (conditionalFork
        && !(node instanceof ParallelGateway)
        && !(node instanceof EventBasedGateway)) {
      for (SequenceFlow flow : outgoing) {
        if (flow.getConditionExpression() == null && flow != byDefault) {
          problems.add(error(flow, "conditional-flows", "Sequence flow is missing condition"));
        }
      }
    }

    // single-event-definition
    if (node instanceof Event event) {
      Collection<EventDefinition> definitions = definitions(event);
      if (definitions.size() > 1) {
        problems.add(
            error(node, "single-event-definition", "Event has multiple event definitions"));
      }
    }
  }

  private static void duplicateFlows(BpmnModelInstance model, List<ModelProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      String key =
          id(flow.getSource())
              + "\u0000"
              + id(flow.getTarget())
              + "\u0000"
              + (flow.getConditionExpression() == null
                  ? ""
                  : flow.getConditionExpression().getTextContent().strip());
      if (!seen.add(key)) {
        problems.add(error(flow, "no-duplicate-sequence-flows", "SequenceFlow is a duplicate"));
      }
    }
  }

  /** no-bpmndi: every flow node and sequence flow is drawn. */
  private static void drawn(BpmnModelInstance model, List<ModelProblem> problems) {
    Set<String> drawn = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if ((element instanceof FlowNode || element instanceof SequenceFlow)
          && !drawn.contains(element.getId())) {
        problems.add(error(element, "no-bpmndi", "Element is missing bpmndi"));
      }
    }
  }

  private static SequenceFlow defaultOf(FlowNode node) {
    if (node instanceof ExclusiveGateway g) {
      return g.getDefault();
    }
    if (node instanceof InclusiveGateway g) {
      return g.getDefault();
    }
    if (node instanceof ComplexGateway g) {
      return g.getDefault();
    }
    if (node instanceof Activity a) {
      return a.getDefault();
    }
    return null;
  }

  private static Collection<EventDefinition> definitions(Event event) {
    if (event instanceof io.camunda.zeebe.model.bpmn.instance.CatchEvent c) {
      return c.getEventDefinitions();
    }
    if (event instanceof ThrowEvent t) {
      return t.getEventDefinitions();
    }
    return List.of();
  }

  private static boolean isLinkCatch(FlowNode node) {
    return node instanceof io.camunda.zeebe.model.bpmn.instance.CatchEvent c
        && has(c.getEventDefinitions(), LinkEventDefinition.class);
  }

  private static boolean isLinkThrow(FlowNode node) {
    return node instanceof ThrowEvent t && has(t.getEventDefinitions(), LinkEventDefinition.class);
  }

  private static boolean has(Collection<EventDefinition> definitions, Class<?> type) {
    return definitions.stream().anyMatch(type::isInstance);
  }

  private static String id(BaseElement e) {
    return e == null ? "" : e.getId();
  }

  private static ModelProblem error(BaseElement element, String rule, String message) {
    return ModelProblem.error(element.getId(), name(element), message + " (bpmnlint " + rule + ")");
  }

  private static ModelProblem warning(BaseElement element, String rule, String message) {
    return ModelProblem.warning(
        element.getId(), name(element), message + " (bpmnlint " + rule + ", a warning)");
  }
}
