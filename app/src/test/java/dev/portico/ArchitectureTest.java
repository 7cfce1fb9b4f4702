package dev.portico;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Module boundaries of the application core (ARCHITECTURE.md §1, §4, §6). */
@AnalyzeClasses(packages = "dev.portico", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] FEATURES = {
    "dev.portico.workspace..",
    "dev.portico.identity..",
    "dev.portico.client..",
    "dev.portico.project..",
    "dev.portico.feedback..",
    "dev.portico.file..",
    "dev.portico.invoice..",
    "dev.portico.payment..",
    "dev.portico.demo.."
  };

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("dev.portico.(*)..").namingSlices("$1").should().beFreeOfCycles();

  /** §4: a worker calls a feature service, never a repository. */
  @ArchTest
  static final ArchRule workersDoNotUseRepositories =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Worker")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Repository.class)
          .because("a worker calls a feature service, never a repository (ARCHITECTURE.md §4)");

  @ArchTest
  static final ArchRule sharedDoesNotDependOnFeatures =
      noClasses()
          .that()
          .resideInAPackage("dev.portico.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES)
          .because("features build on shared, not the other way round");

  @ArchTest
  static final ArchRule appDoesNotDependOnVaadin =
      noClasses()
          .that()
          .resideInAPackage("dev.portico..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..")
          .because("app boots and is tested on its own, without Vaadin (ARCHITECTURE.md §1)");
}
