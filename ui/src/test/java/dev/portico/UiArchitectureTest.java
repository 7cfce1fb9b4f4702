package dev.portico;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.repository.Repository;

/** Boundaries of the UI module (ARCHITECTURE.md §1, §6), on top of app's own rules. */
@AnalyzeClasses(
    packages = "dev.portico",
    importOptions = {ImportOption.DoNotIncludeTests.class, UiArchitectureTest.NoTestJars.class})
class UiArchitectureTest {

  /** app's test-jar (test support shared with ui tests) is not production code. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
  }

  @ArchTest
  static final ArchRule viewsNeverTouchRepositories =
      noClasses()
          .that()
          .resideInAPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Repository.class)
          .because("views go through feature services, which scope data by the signed-in person");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("dev.portico.(*)..").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule sharedUiKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("dev.portico.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.portico.workspace..",
              "dev.portico.identity..",
              "dev.portico.client..",
              "dev.portico.project..",
              "dev.portico.feedback..",
              "dev.portico.file..",
              "dev.portico.deliverable..",
              "dev.portico.invoice..",
              "dev.portico.payment..",
              "dev.portico.base..");

  @ArchTest
  static final ArchRule portalViewsUseOnlyPortalReadModels =
      noClasses()
          .that()
          .resideInAPackage("..ui.portal..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("ProjectPlanning")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("ClientDirectory")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("InvoiceBilling")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("InvoiceDetail")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("InvoiceRow")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("FileSharing")
          .because("portal views get portal read models, which carry no internal fields");

  @ArchTest
  static final ArchRule everyRouteDeclaresWhoMayOpenIt =
      classes()
          .that()
          .areAnnotatedWith(Route.class)
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(AnonymousAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class)
          .because("every route has an explicit access rule");

  @ArchTest
  static final ArchRule dateFieldsReadWhatPagesShow =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("dev.portico.shared.ui.DateFields")
          .should()
          .callConstructorWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                  com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                      com.tngtech.archunit.base.DescribedPredicate.describe(
                          "a DatePicker",
                          owner ->
                              owner.isAssignableTo(
                                  com.vaadin.flow.component.datepicker.DatePicker.class)))))
          .because(
              "DateFields.picker() makes a date field read and write the workspace's date style");
}
