package dev.portico.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.feedback.ClientFeedback;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.invoice.PortalInvoices;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The plan matrix on the server: every feature of {@link Feature} × every {@link Plan}, through the
 * service calls the console and portal make. A new feature does not compile here until it has a row
 * ({@link #use}'s switch covers every constant).
 */
@IntegrationTest
class PlanMatrixIT {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Autowired Fixtures fixtures;
  @Autowired WorkspaceSettings workspace;
  @Autowired PortalSettings portal;
  @Autowired CustomDomainSettings domains;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired ClientFeedback feedback;
  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portalInvoices;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  static Stream<Arguments> everyFeatureOnEveryPlan() {
    return Stream.of(Feature.values())
        .flatMap(f -> Stream.of(Plan.values()).map(p -> Arguments.of(f, p)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("everyFeatureOnEveryPlan")
  void theServerAllowsAFeatureExactlyOnThePlansThatIncludeIt(Feature feature, Plan plan) {
    Agency a = fixtures.agency("M");
    Fixtures.signIn(a.owner());
    workspace.changePlan(plan);
    boolean expected = feature.includedIn(plan);

    if (expected) {
      assertThatCode(() -> use(feature, a)).as(feature + " on " + plan).doesNotThrowAnyException();
    } else {
      // Staff hear which plan has it; a client meets a portal without the feature.
      assertThatThrownBy(() -> use(feature, a))
          .as(feature + " on " + plan)
          .isInstanceOfAny(ValidationException.class, AccessDeniedException.class);
    }
  }

  @Test
  void theMatrixIsTheIssuesTable() {
    assertThat(Plan.STARTER.features()).containsExactly(Feature.INVOICES, Feature.LOGO);
    assertThat(Plan.GROWTH.features()).containsExactlyInAnyOrder(Feature.values());
    assertThat(Plan.SCALE.features()).containsExactlyInAnyOrder(Feature.values());
    assertThat(Plan.STARTER.unlockedBy(Plan.GROWTH))
        .containsExactly(
            Feature.DELIVERABLE_APPROVALS,
            Feature.FEEDBACK,
            Feature.FULL_BRANDING,
            Feature.CUSTOM_DOMAIN);
    assertThat(Plan.GROWTH.unlockedBy(Plan.STARTER)).isEmpty();
    assertThat(Feature.FEEDBACK.plans()).isEqualTo("the Growth and Scale plans");
    assertThat(Feature.INVOICES.plans()).isEqualTo("every plan");
  }

  @Test
  void ownersChangeThePlanAtOnceAndAudited_staffCannot() {
    Agency a = fixtures.agency("P");
    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> workspace.changePlan(Plan.STARTER))
        .isInstanceOf(AuthorizationDeniedException.class);

    Fixtures.signIn(a.owner());
    portal.changeBranding("#1a56db", "Welcome", "help@agency.test");
    portal.uploadLogo("logo.png", new ByteArrayInputStream(PNG));
    workspace.changePlan(Plan.STARTER);
    assertThat(workspace.plan()).isEqualTo(Plan.STARTER);
    Fixtures.signIn(a.clientOf1());
    assertThat(feedback.available()).as("the portal follows at once").isFalse();
    Branding starter = workspace.branding();
    assertThat(starter.logoUrl()).as("Starter keeps the logo").isNotNull();
    assertThat(starter.accentColor()).isNull();
    assertThat(starter.welcomeMessage()).isNull();
    assertThat(starter.supportEmail()).isNull();

    Fixtures.signIn(a.owner());
    workspace.changePlan(Plan.SCALE);
    Fixtures.signIn(a.clientOf1());
    assertThat(feedback.available()).isTrue();
    assertThat(workspace.branding().accentColor())
        .as("what was set on Growth shows again, nothing was lost")
        .isEqualTo("#1a56db");

    assertThat(
            audit.about(a.workspaceId(), List.of(a.workspaceId())).stream()
                .map(AuditTrail.Entry::detail)
                .toList())
        .contains(
            "Owner P changed the plan from Growth to Starter",
            "Owner P changed the plan from Starter to Scale");
  }

  /**
   * Uses the feature as its people do; throws what the server throws. A switch expression: a new
   * {@link Feature} constant without a row here does not compile.
   */
  private void use(Feature feature, Agency a) {
    Runnable row =
        switch (feature) {
          case INVOICES ->
              () -> {
                Fixtures.signIn(a.staff());
                UUID id = billing.createDraft(a.client1(), a.project1(), invoice());
                billing.send(id);
                Fixtures.signIn(a.clientOf1());
                assertThat(portalInvoices.invoice(id).payable()).as("the client can pay").isTrue();
              };
          case LOGO ->
              () -> {
                Fixtures.signIn(a.owner());
                portal.uploadLogo("logo.png", new ByteArrayInputStream(PNG));
                assertThat(workspace.branding().logoUrl()).startsWith(PortalSettings.LOGO_PATH);
              };
          case DELIVERABLE_APPROVALS ->
              () -> {
                Fixtures.signIn(a.staff());
                UUID id =
                    library.create(a.project1(), new DeliverableForm("Poster", null, null, null));
                UUID v1 = library.upload(id, "poster.png", new ByteArrayInputStream(PNG));
                library.markReady(id);
                Fixtures.signIn(a.clientOf1());
                boolean canDecide = review.view(id).canDecide();
                review.approve(id, v1);
                assertThat(canDecide).as("the portal offered the decision").isTrue();
              };
          case FEEDBACK ->
              () -> {
                Fixtures.signIn(a.clientOf1());
                boolean offered = feedback.available();
                feedback.send(a.project1(), "The logo is too small on phones.", null);
                assertThat(offered).as("the portal offered the tab").isTrue();
              };
          case FULL_BRANDING ->
              () -> {
                Fixtures.signIn(a.owner());
                portal.changeBranding("#1a56db", "Welcome to your portal", "help@agency.test");
                assertThat(workspace.branding().accentColor()).isEqualTo("#1a56db");
              };
          case CUSTOM_DOMAIN ->
              () -> {
                Fixtures.signIn(a.owner());
                String domain =
                    "portal-" + UUID.randomUUID().toString().substring(0, 8) + ".matrix.test";
                assertThat(domains.change(domain).domain()).isEqualTo(domain);
              };
        };
    row.run();
  }

  private InvoiceForm invoice() {
    LocalDate today = LocalDate.now(clock);
    return new InvoiceForm(
        "EUR",
        today,
        today.plusDays(14),
        null,
        List.of(
            new InvoiceForm.Line(
                "Design workshop", BigDecimal.ONE, new BigDecimal("600.00"), BigDecimal.ZERO)));
  }
}
