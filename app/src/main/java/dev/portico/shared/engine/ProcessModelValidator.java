package dev.portico.shared.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks a process model an owner uploads before it reaches the engine (decision 024): it parses,
 * it is one of Portico's processes, every job type has a worker, the messages Portico publishes are
 * still caught with the same correlation key, the elements Portico resumes at still exist, timers
 * still use the tunable variables, and the bpmnlint rules that matter pass ({@link ModelLint}).
 * Each problem names the element. Pure Java: the rules come from the bundled models and the
 * application.
 */
public final class ProcessModelValidator {

  /** The outcome: the model's process id (when it has one) and what is wrong with it. */
  public record Validated(String processId, List<ModelProblem> problems) {

    public boolean valid() {
      return problems.stream().noneMatch(ModelProblem::blocking);
    }
  }

  /** A message Portico publishes for a process and the element that catches it. */
  private record Catch(String message, String correlationKey, String elementId, String name) {}

  private static final Set<String> FEEL_WORDS =
      Set.of(
          "date",
          "and",
          "or",
          "time",
          "duration",
          "string",
          "max",
          "min",
          "now",
          "today",
          "null",
          "true",
          "false",
          "if",
          "then",
          "else",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "instance",
          "of",
          "not",
          "between",
          "function",
          "years",
          "months",
          "number",
          "cycle",
          "floor",
          "ceiling",
          "abs",
          "sum",
          "count",
          "list",
          "contains",
          "is");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, BpmnModelInstance> bundled = new LinkedHashMap<>();
  private final Set<String> jobTypes;
  private final Map<String, Set<String>> resumePoints;

  /**
   * @param bundledModels the models Portico ships, by process id
   * @param jobTypes the job types Portico has a worker for
   * @param resumePoints per process id, the element ids flows are started before on resumption
   */
  public ProcessModelValidator(
      Map<String, byte[]> bundledModels,
      Set<String> jobTypes,
      Map<String, Set<String>> resumePoints) {
    bundledModels.forEach(
        (id, bytes) -> bundled.put(id, Bpmn.readModelFromStream(new ByteArrayInputStream(bytes))));
    this.jobTypes = Set.copyOf(jobTypes);
    this.resumePoints = Map.copyOf(resumePoints);
  }

  /** The process ids Portico runs (those of its bundled models). */
  public Set<String> processIds() {
    return bundled.keySet();
  }

  public Validated validate(byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    String wellFormed = wellFormed(bytes);
    if (wellFormed != null) {
      problems.add(ModelProblem.error("", "", "The file is not readable XML: " + wellFormed));
      return new Validated(null, problems);
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      Bpmn.validateModel(model);
    } catch (RuntimeException e) {
      problems.add(
          ModelProblem.error("", "", "The file is not a BPMN model the engine can read: " + e));
      return new Validated(null, problems);
    }

    List<Process> executable =
        model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (executable.size() != 1) {
      problems.add(
          ModelProblem.error(
              "",
              "",
              "A model must hold exactly one executable process; this one has "
                  + executable.size()
                  + "."));
      return new Validated(null, problems);
    }
    Process process = executable.getFirst();
    String processId = process.getId();
    BpmnModelInstance original = bundled.get(processId);
    if (original == null) {
      problems.add(
          ModelProblem.error(
              processId,
              process.getName(),
              "Portico does not run a process with this id. Its processes are: "
                  + String.join(", ", new TreeSet<>(bundled.keySet()))
                  + "."));
      return new Validated(processId, problems);
    }

    checkJobTypes(model, problems);
    checkMessages(original, model, problems);
    checkResumePoints(processId, original, model, problems);
    checkTimers(original, model, problems);
    // A warning the bundled model has too (its two-way join, say) is not the owner's news.
    Set<String> bundledWarnings = new HashSet<>();
    ModelLint.check(original).stream()
        .filter(p -> !p.blocking())
        .forEach(p -> bundledWarnings.add(p.elementId() + "\u0000" + p.message()));
    ModelLint.check(model).stream()
        .filter(
            p -> p.blocking() || !bundledWarnings.contains(p.elementId() + "\u0000" + p.message()))
        .forEach(problems::add);
    return new Validated(processId, problems);
  }

  /** Null when the bytes are well-formed XML without a DOCTYPE (no external entities, ever). */
  private static String wellFormed(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      builder.parse(new ByteArrayInputStream(bytes));
      return null;
    } catch (Exception e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  private void checkJobTypes(BpmnModelInstance model, List<ModelProblem> problems) {
    for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
      BaseElement element = owner(definition);
      String type = definition.getType() == null ? "" : definition.getType().strip();
      if (type.startsWith("=")) {
        problems.add(
            ModelProblem.error(
                element.getId(),
                name(element),
                "The job type is an expression ("
                    + type
                    + "); Portico's workers need a fixed job type."));
      } else if (!jobTypes.contains(type)) {
        problems.add(
            ModelProblem.error(
                element.getId(),
                name(element),
                "No Portico worker handles job type '"
                    + type
                    + "'; the flow would stop here. Job types Portico handles: "
                    + String.join(", ", new TreeSet<>(jobTypes))
                    + "."));
      }
    }
  }

  private static void checkMessages(
      BpmnModelInstance original, BpmnModelInstance model, List<ModelProblem> problems) {
    List<Catch> caught = catches(model);
    for (Catch expected : catches(original)) {
      List<Catch> same =
          caught.stream().filter(c -> c.message().equals(expected.message())).toList();
      if (same.isEmpty()) {
        ModelElementInstance now = model.getModelElementById(expected.elementId());
        problems.add(
            ModelProblem.error(
                expected.elementId(),
                now == null ? expected.name() : name(now),
                "Portico publishes message '"
                    + expected.message()
                    + "' (correlation key "
                    + expected.correlationKey()
                    + "), and no element catches it any more"
                    + (now == null ? " (the element is gone)." : ".")));
        continue;
      }
      for (Catch c : same) {
        if (!normal(c.correlationKey()).equals(normal(expected.correlationKey()))) {
          problems.add(
              ModelProblem.error(
                  c.elementId(),
                  c.name(),
                  "Message '"
                      + c.message()
                      + "' must be correlated by "
                      + expected.correlationKey()
                      + " (Portico publishes it with that key), not by "
                      + c.correlationKey()
                      + "."));
        }
      }
    }
  }

  private void checkResumePoints(
      String processId,
      BpmnModelInstance original,
      BpmnModelInstance model,
      List<ModelProblem> problems) {
    for (String id : new TreeSet<>(resumePoints.getOrDefault(processId, Set.of()))) {
      if (!(model.getModelElementById(id) instanceof FlowNode)) {
        ModelElementInstance before = original.getModelElementById(id);
        problems.add(
            ModelProblem.error(
                id,
                before == null ? "" : name(before),
                "Portico resumes flows at this element after a restart, so it must stay in the"
                    + " model with this id."));
      }
    }
  }

  /**
   * Timers stay tunable: a timer the bundled model has (same event id) must still use every process
   * variable the bundled one used; any other timer must use at least one of the variables the
   * bundled timers use. A fixed duration or date (not an expression) is refused.
   */
  private static void checkTimers(
      BpmnModelInstance original, BpmnModelInstance model, List<ModelProblem> problems) {
    Map<String, Set<String>> before = new HashMap<>();
    Set<String> tunable = new TreeSet<>();
    for (TimerEventDefinition timer : original.getModelElementsByType(TimerEventDefinition.class)) {
      Set<String> variables = variables(expression(timer));
      before.put(owner(timer).getId(), variables);
      tunable.addAll(variables);
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      BaseElement event = owner(timer);
      String expression = expression(timer);
      if (!expression.startsWith("=")) {
        problems.add(
            ModelProblem.error(
                event.getId(),
                name(event),
                "The timer is fixed ("
                    + (expression.isEmpty() ? "empty" : expression)
                    + "); write it as an expression over the process variables ("
                    + String.join(", ", tunable)
                    + ") so the timing stays tunable in the workspace's settings."));
        continue;
      }
      Set<String> used = variables(expression);
      Set<String> required = before.get(event.getId());
      if (required != null) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(used);
        if (!missing.isEmpty()) {
          problems.add(
              ModelProblem.error(
                  event.getId(),
                  name(event),
                  "The timer no longer uses "
                      + String.join(", ", missing)
                      + "; keep the variable(s) so the timing stays tunable in the workspace's"
                      + " settings."));
        }
      } else if (!tunable.isEmpty() && used.stream().noneMatch(tunable::contains)) {
        problems.add(
            ModelProblem.error(
                event.getId(),
                name(event),
                "The timer uses none of the tunable variables ("
                    + String.join(", ", tunable)
                    + "); a hard-coded timing cannot be changed in the workspace's settings."));
      }
    }
  }

  private static List<Catch> catches(BpmnModelInstance model) {
    List<Catch> catches = new ArrayList<>();
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      add(catches, task, task.getMessage());
    }
    for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
      for (var definition : event.getEventDefinitions()) {
        if (definition instanceof MessageEventDefinition m) {
          add(catches, event, m.getMessage());
        }
      }
    }
    return catches;
  }

  private static void add(List<Catch> catches, BaseElement element, Message message) {
    if (message == null || message.getName() == null) {
      return;
    }
    String key = "";
    if (message.getExtensionElements() != null) {
      key =
          message
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(ZeebeSubscription.class)
              .list()
              .stream()
              .map(ZeebeSubscription::getCorrelationKey)
              .findFirst()
              .orElse("");
    }
    catches.add(
        new Catch(message.getName(), key == null ? "" : key, element.getId(), name(element)));
  }

  private static String expression(TimerEventDefinition timer) {
    var text =
        timer.getTimeCycle() != null
            ? timer.getTimeCycle().getTextContent()
            : timer.getTimeDuration() != null
                ? timer.getTimeDuration().getTextContent()
                : timer.getTimeDate() != null ? timer.getTimeDate().getTextContent() : "";
    return text == null ? "" : text.strip();
  }

  /** Process variables a FEEL expression reads: its identifiers outside strings and calls. */
  static Set<String> variables(String expression) {
    if (!expression.startsWith("=")) {
      return Set.of();
    }
    String code = STRING_LITERAL.matcher(expression.substring(1)).replaceAll(" ");
    Set<String> variables = new LinkedHashSet<>();
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      String word = m.group();
      int next = m.end();
      while (next < code.length() && code.charAt(next) == ' ') {
        next++;
      }
      boolean call = next < code.length() && code.charAt(next) == '(';
      if (!call && !FEEL_WORDS.contains(word)) {
        variables.add(word);
      }
    }
    return variables;
  }

  private static String normal(String expression) {
    return expression == null ? "" : expression.replaceAll("\\s+", "");
  }

  /** The flow element an extension or event definition belongs to. */
  private static BaseElement owner(ModelElementInstance element) {
    ModelElementInstance e = element.getParentElement();
    while (e != null && !(e instanceof FlowNode)) {
      e = e.getParentElement();
    }
    return e == null ? (BaseElement) element.getParentElement() : (BaseElement) e;
  }

  static String name(ModelElementInstance element) {
    String name = element.getAttributeValue("name");
    return name == null ? "" : name.strip();
  }
}
