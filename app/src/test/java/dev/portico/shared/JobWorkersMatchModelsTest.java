package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ARCHITECTURE.md §3/§4: every job type in the models has exactly one worker, and every worker's
 * type appears in a model or in an element template. A job type without a worker leaves instances
 * stuck; a worker that neither a model nor a template uses polls for nothing (usually a typo on one
 * side). The element templates in {@code processes/element-templates/} (the steps process owners
 * add in Camunda Modeler) each name a job type with exactly one worker, and set exactly the
 * variables that worker reads.
 */
class JobWorkersMatchModelsTest {

  private static final String MODELS = "classpath*:processes/*.bpmn";
  private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  /** Job type to the models (file names) that use it. */
  private static Map<String, Set<String>> modelJobTypes;

  /** Job type to the worker methods ({@code Class.method}) that handle it. */
  private static Map<String, List<String>> workers;

  private static List<JavaMethod> workerMethods;

  /** File name to the parsed element template, in file name order. */
  private static Map<String, JsonNode> templates;

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final String TEMPLATE_SCHEMA =
      "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";

  @BeforeAll
  static void scan() throws Exception {
    modelJobTypes = new TreeMap<>();
    Resource[] models = new PathMatchingResourcePatternResolver().getResources(MODELS);
    for (Resource model : models) {
      for (String type : jobTypes(model)) {
        modelJobTypes.computeIfAbsent(type, t -> new TreeSet<>()).add(model.getFilename());
      }
    }

    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.portico");
    workerMethods =
        classes.stream()
            .flatMap(c -> c.getMethods().stream())
            .filter(m -> m.isAnnotatedWith(JobWorker.class))
            .toList();
    templates = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(templatesFolder())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        templates.put(file.getFileName().toString(), json.readTree(file.toFile()));
      }
    }

    workers = new TreeMap<>();
    for (JavaMethod method : workerMethods) {
      String type = method.getAnnotationOfType(JobWorker.class).type();
      workers
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(method.getOwner().getSimpleName() + "." + method.getName());
    }
  }

  @Test
  void modelsAndWorkersAreFound() {
    assertThat(modelJobTypes).as("job types in %s", MODELS).isNotEmpty();
    assertThat(workerMethods).as("@JobWorker methods under dev.portico").isNotEmpty();
  }

  @Test
  void everyJobTypeInTheModelsHasExactlyOneWorker() {
    List<String> problems = new ArrayList<>();
    modelJobTypes.forEach(
        (type, models) -> {
          List<String> handlers = workers.getOrDefault(type, List.of());
          if (handlers.size() != 1) {
            problems.add(
                "job type '%s' (in %s) has %d workers %s"
                    .formatted(type, models, handlers.size(), handlers));
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyWorkersTypeAppearsInAModelOrAnElementTemplate() {
    Set<String> templateTypes = new TreeSet<>();
    templates.values().forEach(t -> templateTypes.add(jobType(t)));
    List<String> problems = new ArrayList<>();
    workers.forEach(
        (type, handlers) -> {
          if (!modelJobTypes.containsKey(type) && !templateTypes.contains(type)) {
            problems.add(
                "%s handle job type '%s' used by no model and no element template"
                    .formatted(handlers, type));
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void elementTemplatesAreFound() {
    assertThat(templates).as("JSON files in %s", templatesFolder()).isNotEmpty();
  }

  /** What Camunda Modeler needs to offer the template, and what Portico relies on. */
  @Test
  void everyElementTemplateIsAServiceTaskWithItsJobTypeHiddenAndRetries() {
    assertThat(templates)
        .allSatisfy(
            (file, t) -> {
              assertThat(t.path("$schema").asText())
                  .as("%s $schema", file)
                  .isEqualTo(TEMPLATE_SCHEMA);
              for (String field : List.of("id", "name", "description")) {
                assertThat(t.path(field).asText()).as("%s %s", file, field).isNotBlank();
              }
              assertThat(t.path("id").asText()).as("%s id", file).startsWith("dev.portico.");
              assertThat(t.path("version").isInt() && t.path("version").asInt() >= 1)
                  .as("%s version is a positive whole number", file)
                  .isTrue();
              assertThat(t.path("category").path("id").asText())
                  .as("%s category.id", file)
                  .isNotBlank();
              assertThat(t.path("category").path("name").asText())
                  .as("%s category.name", file)
                  .isNotBlank();
              assertThat(t.path("appliesTo").toString())
                  .as("%s appliesTo", file)
                  .isEqualTo("[\"bpmn:Task\"]");
              assertThat(t.path("elementType").path("value").asText())
                  .as("%s elementType", file)
                  .isEqualTo("bpmn:ServiceTask");

              List<JsonNode> types = bindings(t, "zeebe:taskDefinition", "type");
              assertThat(types).as("%s: one job type binding", file).hasSize(1);
              assertThat(types.getFirst().path("type").asText())
                  .as("%s: the job type is hidden from the process owner", file)
                  .isEqualTo("Hidden");
              assertThat(jobType(t)).as("%s job type", file).matches(KEBAB);
              assertThat(file).as("file name is the job type").isEqualTo(jobType(t) + ".json");

              List<JsonNode> retries = bindings(t, "zeebe:taskDefinition", "retries");
              assertThat(retries).as("%s: one retries binding", file).hasSize(1);
              assertThat(retries.getFirst().path("value").asText())
                  .as("%s retries", file)
                  .matches("[1-9][0-9]*");

              for (JsonNode input : inputs(t)) {
                assertThat(input.path("binding").path("name").asText())
                    .as("%s: every zeebe:input names its variable", file)
                    .isNotBlank();
              }
            });
  }

  @Test
  void elementTemplateIdsAreUnique() {
    Map<String, List<String>> filesById = new TreeMap<>();
    templates.forEach(
        (file, t) ->
            filesById.computeIfAbsent(t.path("id").asText(), id -> new ArrayList<>()).add(file));
    assertThat(filesById)
        .allSatisfy((id, files) -> assertThat(files).as("template id %s", id).hasSize(1));
  }

  /**
   * Each template's job type has exactly one worker, and the template sets, as inputs of the step,
   * exactly the variables that worker reads: a name the worker does not read does nothing, and a
   * variable it reads that the template does not set would depend on where the owner puts the step.
   */
  @Test
  void everyElementTemplateHasOneWorkerAndSetsTheVariablesItReads() {
    List<String> problems = new ArrayList<>();
    templates.forEach((file, t) -> problems.addAll(workerProblems(file, t)));
    assertThat(problems).isEmpty();
  }

  /** The check itself catches a misspelt input and a job type nobody handles. */
  @Test
  void aTemplateWithAMisspeltInputOrAnUnknownJobTypeIsCaught() throws IOException {
    String template =
        """
        {"properties": [
          {"type": "Hidden", "value": "%s",
           "binding": {"type": "zeebe:taskDefinition", "property": "type"}},
          {"type": "Hidden", "value": "=deliverableId",
           "binding": {"type": "zeebe:input", "name": "deliverableID"}},
          {"type": "Hidden", "value": "=versionId",
           "binding": {"type": "zeebe:input", "name": "versionId"}}
        ]}
        """;
    ObjectMapper json = new ObjectMapper();

    assertThat(
            workerProblems("typo.json", json.readTree(template.formatted("send-review-reminder"))))
        .singleElement()
        .asString()
        .contains("sets [deliverableID, versionId]")
        .contains("reads [deliverableId, versionId]");
    assertThat(
            workerProblems("typo.json", json.readTree(template.formatted("send-review-remider"))))
        .singleElement()
        .asString()
        .contains("'send-review-remider' has 0 workers");
  }

  private static List<String> workerProblems(String file, JsonNode template) {
    List<String> problems = new ArrayList<>();
    String type = jobType(template);
    List<JavaMethod> handlers =
        workerMethods.stream()
            .filter(m -> m.getAnnotationOfType(JobWorker.class).type().equals(type))
            .toList();
    if (handlers.size() != 1) {
      problems.add(
          "%s: job type '%s' has %d workers %s"
              .formatted(file, type, handlers.size(), workers.getOrDefault(type, List.of())));
      return problems;
    }
    Set<String> inputs = new TreeSet<>();
    inputs(template).forEach(i -> inputs.add(i.path("binding").path("name").asText()));
    Set<String> reads = variablesRead(handlers.getFirst(), problems);
    if (!inputs.equals(reads)) {
      problems.add(
          "%s sets %s but %s reads %s"
              .formatted(file, inputs, handlers.getFirst().getFullName(), reads));
    }
    return problems;
  }

  /** {@code processes/element-templates} beside the app module (surefire sets basedir). */
  private static Path templatesFolder() {
    Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    for (Path candidate :
        List.of(
            base.resolve("processes/element-templates"),
            base.resolveSibling("processes/element-templates"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No processes/element-templates next to " + base);
  }

  private static List<JsonNode> bindings(JsonNode template, String type, String property) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode p : template.path("properties")) {
      JsonNode binding = p.path("binding");
      if (binding.path("type").asText().equals(type)
          && (property == null || binding.path("property").asText().equals(property))) {
        found.add(p);
      }
    }
    return found;
  }

  private static List<JsonNode> inputs(JsonNode template) {
    return bindings(template, "zeebe:input", null);
  }

  private static String jobType(JsonNode template) {
    return bindings(template, "zeebe:taskDefinition", "type").stream()
        .findFirst()
        .map(p -> p.path("value").asText())
        .orElse("");
  }

  /** The {@code @Variable} names of a worker method; other parameters must be the job itself. */
  private static Set<String> variablesRead(JavaMethod worker, List<String> problems) {
    Set<String> names = new TreeSet<>();
    for (JavaParameter p : worker.getParameters()) {
      if (p.isAnnotatedWith(Variable.class)) {
        Variable v = p.getAnnotationOfType(Variable.class);
        names.add(v.name().isEmpty() ? v.value() : v.name());
      } else if (!p.getRawType().isEquivalentTo(ActivatedJob.class)
          && !p.getRawType().isEquivalentTo(JobClient.class)) {
        problems.add(
            "%s: parameter %d (%s) is not an @Variable; this test cannot tell what it reads"
                .formatted(worker.getFullName(), p.getIndex(), p.getRawType().getName()));
      }
    }
    return names;
  }

  private static Set<String> jobTypes(Resource model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Document doc;
    try (InputStream in = model.getInputStream()) {
      doc = factory.newDocumentBuilder().parse(in);
    }
    Set<String> types = new TreeSet<>();
    NodeList definitions = doc.getElementsByTagNameNS(ZEEBE, "taskDefinition");
    for (int i = 0; i < definitions.getLength(); i++) {
      types.add(((Element) definitions.item(i)).getAttribute("type"));
    }
    return types;
  }
}
