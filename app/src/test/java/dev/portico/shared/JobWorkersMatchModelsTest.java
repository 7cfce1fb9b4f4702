package dev.portico.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.annotation.JobWorker;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * type appears in a model. A job type without a worker leaves instances stuck; a worker without a
 * model polls for nothing (usually a typo on one side).
 */
class JobWorkersMatchModelsTest {

  private static final String MODELS = "classpath*:processes/*.bpmn";
  private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  /** Job type to the models (file names) that use it. */
  private static Map<String, Set<String>> modelJobTypes;

  /** Job type to the worker methods ({@code Class.method}) that handle it. */
  private static Map<String, List<String>> workers;

  private static List<JavaMethod> workerMethods;

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
  void everyWorkersTypeAppearsInAModel() {
    List<String> problems = new ArrayList<>();
    workers.forEach(
        (type, handlers) -> {
          if (!modelJobTypes.containsKey(type)) {
            problems.add("%s handle job type '%s' used by no model".formatted(handlers, type));
          }
        });
    assertThat(problems).isEmpty();
  }

  /** §4: {@code @JobWorker(type = ...)} on a public method (the starter ignores others). */
  @Test
  void workersArePublicMethodsWithAnExplicitType() {
    assertThat(workerMethods)
        .allSatisfy(
            m -> {
              assertThat(m.getModifiers()).as("%s", m.getFullName()).contains(JavaModifier.PUBLIC);
              assertThat(m.getAnnotationOfType(JobWorker.class).type())
                  .as("job type of %s", m.getFullName())
                  .isNotBlank();
            });
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
