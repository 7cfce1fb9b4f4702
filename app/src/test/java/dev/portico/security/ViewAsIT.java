package dev.portico.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.deliverable.DeliverableStatus;
import dev.portico.feedback.ClientFeedback;
import dev.portico.feedback.ClientFeedback.FeedbackUpload;
import dev.portico.file.FileSharing;
import dev.portico.file.SharedFileDownloads;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.ViewAs;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.invoice.PortalInvoices;
import dev.portico.payment.InvoiceCheckout;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalTasks;
import dev.portico.project.ProjectPlanning;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.security.SessionUser;
import dev.portico.shared.security.ViewAsPrincipal;
import dev.portico.shared.security.ViewingAsRefused;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "View as client" on the services: staff see what the contact sees, and every client action is
 * refused on the server while they look, with nothing written, started or mailed.
 */
@IntegrationTest
class ViewAsIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired Fixtures fixtures;
  @Autowired ViewAs viewAs;
  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired InvoiceBilling billing;
  @Autowired InvoiceCheckout checkout;
  @Autowired PortalInvoices portalInvoices;
  @Autowired PortalProjects portal;
  @Autowired PortalTasks portalTasks;
  @Autowired ClientFeedback feedback;
  @Autowired ClientInvitations invitations;
  @Autowired ProjectPlanning planning;
  @Autowired JdbcClient jdbc;
  @Autowired FileSharing sharing;
  @Autowired SharedFileDownloads downloads;

  World world;
  Agency a;
  UUID inReview;
  UUID version;
  UUID invoice;
  UUID sharedFile;

  @BeforeEach
  void world() {
    world = fixtures.world();
    a = world.a();
    Fixtures.signIn(a.staff());
    inReview = library.create(a.project1(), new DeliverableForm("Logo", null, null, null));
    version = library.upload(inReview, "logo.pdf", new ByteArrayInputStream(PDF));
    library.markReady(inReview);
    invoice =
        billing.createDraft(
            a.client1(),
            null,
            new InvoiceForm(
                "EUR",
                LocalDate.now(),
                LocalDate.now().plusDays(14),
                null,
                List.of(
                    new InvoiceForm.Line(
                        "Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO))));
    billing.send(invoice);
    sharedFile =
        sharing.share(a.client1(), a.project1(), "plan.pdf", null, new ByteArrayInputStream(PDF));
    Fixtures.signIn(a.clientOf1());
    feedback.send(a.project1(), "The contact's own feedback", List.of());
    Fixtures.signOut();
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  /** Signs in as staff and starts viewing as the contact, as the web layer does. */
  private ViewAsPrincipal viewAs(SessionUser staff, UUID contactId) {
    Fixtures.signIn(staff);
    Authentication viewing = viewAs.start(contactId);
    SecurityContextHolder.getContext().setAuthentication(viewing);
    return (ViewAsPrincipal) viewing.getPrincipal();
  }

  /** One call per client action; {@link ClientEntryPoints#actions()} says which there are. */
  private Map<String, Runnable> clientActions() {
    Map<String, Runnable> calls = new LinkedHashMap<>();
    calls.put("DeliverableReview.approve", () -> review.approve(inReview, version));
    calls.put(
        "DeliverableReview.requestChanges",
        () -> review.requestChanges(inReview, version, "Bigger, please"));
    calls.put("InvoiceCheckout.start", () -> checkout.start(invoice, true));
    calls.put(
        "ClientFeedback.send",
        () ->
            feedback.send(
                a.project1(),
                "Sent by staff in the contact's name?",
                List.of(new FeedbackUpload("brief.pdf", new ByteArrayInputStream(PDF)))));
    calls.put("PortalProjects.reply", () -> portal.reply(a.project1(), "A reply"));
    calls.put("PortalTasks.reply", () -> portalTasks.reply(a.visibleTask1(), "A task reply"));
    // A download is recorded as the contact's: staff viewing as the contact cannot make one.
    calls.put("SharedFileDownloads.open", () -> downloads.open(sharedFile));
    return calls;
  }

  @Test
  void everyClientActionIsRefusedWhileViewingAsAndNothingChanges() {
    Map<String, Runnable> calls = clientActions();
    assertThat(calls.keySet())
        .as("a refusal case for every @ClientAction")
        .containsExactlyInAnyOrderElementsOf(ClientEntryPoints.actions());
    viewAs(a.staff(), a.clientOf1().accountId());
    Map<String, Long> before = settled();

    calls.forEach(
        (name, call) ->
            assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(ViewingAsRefused.class)
                .hasMessage("You are viewing as Contact A1: actions are disabled."));

    assertThat(rows()).as("rows, outbox mails and engine commands").isEqualTo(before);
    assertThat(review.view(inReview).status()).isEqualTo(DeliverableStatus.IN_REVIEW);
    assertThat(portalInvoices.invoice(invoice).payable()).isTrue();
  }

  @Test
  void aRefusedActionIsRefusedEvenWithInputThatWouldFailValidation() {
    viewAs(a.staff(), a.clientOf1().accountId());
    assertThatThrownBy(() -> portal.reply(a.project1(), "")).isInstanceOf(ViewingAsRefused.class);
  }

  @Test
  void staffSeeExactlyWhatTheContactSees() {
    Fixtures.signIn(a.clientOf1());
    Map<String, Object> asContact = reads();
    viewAs(a.staff(), a.clientOf1().accountId());
    Map<String, Object> viewing = reads();

    assertThat(viewing).isEqualTo(asContact);
    assertThat(viewing.get("projects").toString()).contains("Project A1").doesNotContain("A2");
    assertThat(viewing.get("waiting").toString()).contains("Logo");
    assertThat(viewing.get("feedback").toString()).contains("The contact's own feedback");
    assertThat(viewing.toString())
        .doesNotContain("Secret note")
        .doesNotContain("Internal task")
        .doesNotContain("internal about");
    // Other companies' things stay "not found", as for the contact.
    assertThatThrownBy(() -> portal.project(a.project2())).isInstanceOf(NotFoundException.class);
  }

  private Map<String, Object> reads() {
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("projects", portal.myProjects());
    seen.put("project", portal.project(a.project1()));
    seen.put("tasks", portalTasks.myTasks(null, null));
    seen.put("task", portalTasks.task(a.visibleTask1()));
    seen.put("waiting", review.waiting());
    seen.put("deliverable", review.view(inReview));
    seen.put("invoices", portalInvoices.myInvoices());
    seen.put("feedback", feedback.mine());
    return seen;
  }

  @Test
  void whileViewingAsStaffWorkIsClosedAndBackToTheConsoleRestoresIt() {
    Authentication staff = signedIn(a.staff());
    viewAs(a.staff(), a.clientOf1().accountId());
    assertThatThrownBy(planning::list).isInstanceOf(AccessDeniedException.class);

    Authentication back = viewAs.end();
    SecurityContextHolder.getContext().setAuthentication(back);

    assertThat(back.getPrincipal()).isEqualTo(staff.getPrincipal());
    assertThat(planning.list()).isNotEmpty();
    Fixtures.signIn(a.clientOf1()); // the contact acts as usual
    portal.reply(a.project1(), "The contact replies");
  }

  private static Authentication signedIn(SessionUser user) {
    Fixtures.signIn(user);
    return SecurityContextHolder.getContext().getAuthentication();
  }

  @Test
  void startAndEndAreOnTheContactsAuditTrail() {
    viewAs(a.staff(), a.clientOf1().accountId());
    SecurityContextHolder.getContext().setAuthentication(viewAs.end());

    List<AuditTrail.Entry> trail = invitations.auditTrail(a.client1());
    assertThat(trail)
        .extracting(AuditTrail.Entry::actorName, AuditTrail.Entry::action)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Staff A", "Viewed as client"),
            org.assertj.core.groups.Tuple.tuple("Staff A", "Stopped viewing as client"));
    assertThat(trail)
        .extracting(AuditTrail.Entry::detail)
        .contains("Staff A opened the portal as Contact A1 (read only)");
  }

  @Test
  void staffOfAnotherAgencyCannotViewAsTheContact() {
    Fixtures.signIn(world.b().staff());
    assertThatThrownBy(() -> viewAs.start(a.clientOf1().accountId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> viewAs.start(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyContactsWithPortalAccessCanBeViewedAs() {
    Fixtures.signIn(a.staff());
    assertThatThrownBy(() -> viewAs.start(a.owner().accountId()))
        .as("a staff account is no contact")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> viewAs.start(world.revokedClientA1().accountId()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Re Voked has no portal access right now");
    assertThatThrownBy(() -> viewAs.start(world.expiredClientA1().accountId()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aClientCannotStartOrEndViewAs() {
    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> viewAs.start(a.clientOf2().accountId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(viewAs::end).isInstanceOf(AccessDeniedException.class);
    Fixtures.signIn(a.staff());
    assertThatThrownBy(viewAs::end).as("nothing to end").isInstanceOf(AccessDeniedException.class);
  }

  /** The counts once the set-up's flows and mails have settled (the same twice in a row). */
  private Map<String, Long> settled() {
    @SuppressWarnings("unchecked")
    Map<String, Long>[] last = new Map[] {Map.of()};
    Supplier<Boolean> same =
        () -> {
          Map<String, Long> now = rows();
          boolean stable = now.equals(last[0]);
          last[0] = now;
          return stable;
        };
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(700)).until(same::get);
    return last[0];
  }

  /** What a client action would leave behind, in agency A. */
  private Map<String, Long> rows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "deliverable_decision",
            "comment",
            "feedback",
            "feedback_attachment",
            "invoice_checkout",
            "invoice_payment",
            "engine_command",
            "audit_event")) {
      counts.put(
          table,
          jdbc.sql("select count(*) from " + table + " where workspace_id = ?")
              .param(a.workspaceId())
              .query(Long.class)
              .single());
    }
    counts.put(
        "outbox_mail",
        jdbc.sql(
                "select count(*) from outbox_mail where recipient in"
                    + " (select email from account where workspace_id = ?)")
            .param(a.workspaceId())
            .query(Long.class)
            .single());
    return counts;
  }
}
