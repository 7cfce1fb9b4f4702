package dev.portico.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientForm;
import dev.portico.client.ContactForm;
import dev.portico.deliverable.DeliverableFiles;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.deliverable.DeliverableReview;
import dev.portico.feedback.ClientFeedback;
import dev.portico.file.FileSharing;
import dev.portico.file.PortalFiles;
import dev.portico.file.SharedFileDownloads;
import dev.portico.identity.ClientInvitations;
import dev.portico.identity.InviteForm;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDocuments;
import dev.portico.invoice.InvoiceForm;
import dev.portico.invoice.InvoicePayments;
import dev.portico.invoice.InvoiceSettings;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.payment.InvoiceCheckout;
import dev.portico.project.CommentKind;
import dev.portico.project.MilestoneForm;
import dev.portico.project.PortalProjects;
import dev.portico.project.PortalTasks;
import dev.portico.project.ProjectForm;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectStatus;
import dev.portico.project.TaskForm;
import dev.portico.project.TaskStatus;
import dev.portico.project.TaskWork;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.engine.ProcessModels;
import dev.portico.shared.security.SessionUser;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.workspace.CustomDomainSettings;
import dev.portico.workspace.PortalSettings;
import dev.portico.workspace.WorkspaceSettings;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Every service entry point × every kind of subject: who may call it, and that ids from another
 * workspace or company answer "not found". New features add rows here.
 */
@IntegrationTest
class ServiceAuthorizationMatrixIT {

  enum Outcome {
    ALLOW,
    DENY,
    NOT_FOUND
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired Fixtures fixtures;
  @Autowired ProjectPlanning planning;
  @Autowired ClientDirectory clients;
  @Autowired PortalProjects portal;
  @Autowired ClientFeedback feedback;
  @Autowired TaskWork work;
  @Autowired PortalTasks portalTasks;
  @Autowired WorkspaceSettings settings;
  @Autowired PortalSettings portalSettings;
  @Autowired CustomDomainSettings customDomains;
  @Autowired ProcessModels processModels;
  @Autowired ClientInvitations invitations;

  @Autowired DeliverableLibrary library;
  @Autowired DeliverableReview review;
  @Autowired DeliverableFiles files;

  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portalInvoices;
  @Autowired InvoiceDocuments invoiceDocuments;
  @Autowired InvoicePayments invoicePayments;
  @Autowired InvoiceSettings invoiceSettings;
  @Autowired InvoiceCheckout invoiceCheckout;

  @Autowired FileSharing sharing;
  @Autowired PortalFiles portalFiles;
  @Autowired SharedFileDownloads sharedDownloads;

  World world;
  UUID inReviewA1;
  UUID versionA1;
  UUID draftA1;
  UUID sentInvoiceA1;
  UUID draftInvoiceA1;
  UUID invoiceToSendA1;
  UUID payableInvoiceA1;
  String checkoutA1;
  UUID sharedFileA1;
  UUID toggledFileA1;

  @BeforeEach
  void world() {
    world = fixtures.world();
    Fixtures.signIn(world.a().staff());
    inReviewA1 =
        library.create(world.a().project1(), new DeliverableForm("In review", null, null, null));
    versionA1 = library.upload(inReviewA1, "brief.pdf", new ByteArrayInputStream(PDF));
    library.markReady(inReviewA1);
    draftA1 = library.create(world.a().project1(), new DeliverableForm("Draft", null, null, null));
    sentInvoiceA1 = billing.createDraft(world.a().client1(), null, invoiceForm());
    billing.send(sentInvoiceA1);
    draftInvoiceA1 = billing.createDraft(world.a().client1(), null, invoiceForm());
    invoiceToSendA1 = billing.createDraft(world.a().client1(), null, invoiceForm());
    // sentInvoiceA1 is voided by a row below; this one stays payable
    payableInvoiceA1 = billing.createDraft(world.a().client1(), null, invoiceForm());
    billing.send(payableInvoiceA1);
    sharedFileA1 =
        sharing.share(world.a().client1(), null, "terms.pdf", null, new ByteArrayInputStream(PDF));
    toggledFileA1 =
        sharing.share(
            world.a().client1(),
            world.a().project1(),
            "plan.pdf",
            null,
            new ByteArrayInputStream(PDF));
    Fixtures.signIn(world.a().clientOf1());
    checkoutA1 = invoiceCheckout.start(payableInvoiceA1, true).sessionId(); // the Stripe stub
    Fixtures.signOut();
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  private static InvoiceForm invoiceForm() {
    return new InvoiceForm(
        "EUR",
        LocalDate.now(),
        LocalDate.now().plusDays(14),
        null,
        List.of(
            new InvoiceForm.Line("Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO)));
  }

  /** Subjects by name; null is anonymous. */
  private Map<String, SessionUser> subjects() {
    Map<String, SessionUser> subjects = new LinkedHashMap<>();
    subjects.put("anonymous", null);
    subjects.put("client of A1", world.a().clientOf1());
    subjects.put("client of A2", world.a().clientOf2());
    subjects.put("staff A", world.a().staff());
    subjects.put("owner A", world.a().owner());
    subjects.put("staff B", world.b().staff());
    return subjects;
  }

  private record Entry(
      String name, Function<World, Runnable> call, Map<String, Outcome> expected) {}

  private static Map<String, Outcome> expect(
      Outcome anonymous,
      Outcome clientA1,
      Outcome clientA2,
      Outcome staffA,
      Outcome ownerA,
      Outcome staffB) {
    Map<String, Outcome> m = new LinkedHashMap<>();
    m.put("anonymous", anonymous);
    m.put("client of A1", clientA1);
    m.put("client of A2", clientA2);
    m.put("staff A", staffA);
    m.put("owner A", ownerA);
    m.put("staff B", staffB);
    return m;
  }

  private List<Entry> entries() {
    Outcome A = Outcome.ALLOW, D = Outcome.DENY, N = Outcome.NOT_FOUND;
    Agency a = world.a();
    UUID staffA = a.staff().accountId();
    return List.of(
        new Entry("planning.list", w -> planning::list, expect(D, D, D, A, A, A)),
        new Entry(
            "planning.page",
            w -> () -> planning.page(PageRequest.of(0, 50)),
            expect(D, D, D, A, A, A)),
        new Entry("planning.count", w -> planning::count, expect(D, D, D, A, A, A)),
        new Entry(
            "planning.detail(A1)",
            w -> () -> planning.detail(a.project1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.create(for A1)",
            w ->
                () ->
                    planning.create(
                        new ProjectForm(
                            a.client1(),
                            "New",
                            null,
                            ProjectStatus.PLANNED,
                            null,
                            null,
                            staffA,
                            null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.update(A1)",
            w ->
                () ->
                    planning.update(
                        a.project1(),
                        new ProjectForm(
                            a.client1(),
                            "Renamed",
                            null,
                            ProjectStatus.ACTIVE,
                            null,
                            null,
                            staffA,
                            null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.addMilestone(A1)",
            w -> () -> planning.addMilestone(a.project1(), new MilestoneForm("M", null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.setMilestoneDone(A1)",
            w -> () -> planning.setMilestoneDone(a.milestone1(), true),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.addTask(A1)",
            w -> () -> planning.addTask(a.project1(), new TaskForm("T", null, null, null, false)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.moveTask(A1)",
            w -> () -> planning.moveTask(a.internalTask1(), TaskStatus.DONE),
            expect(D, D, D, A, A, N)),
        new Entry(
            "planning.comment(A1)",
            w -> () -> planning.comment(a.project1(), CommentKind.NOTE, "hi"),
            expect(D, D, D, A, A, N)),
        new Entry("planning.myOpenTasks", w -> planning::myOpenTasks, expect(D, D, D, A, A, A)),
        new Entry("clients.list", w -> clients::list, expect(D, D, D, A, A, A)),
        new Entry(
            "clients.page",
            w -> () -> clients.page(null, PageRequest.of(0, 50)),
            expect(D, D, D, A, A, A)),
        new Entry("clients.count", w -> () -> clients.count(null), expect(D, D, D, A, A, A)),
        new Entry("clients.get(A1)", w -> () -> clients.get(a.client1()), expect(D, D, D, A, A, N)),
        new Entry(
            "clients.update(A1)",
            w ->
                () ->
                    clients.update(
                        a.client1(),
                        new ClientForm("Client A1 renamed " + UUID.randomUUID(), null, null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "clients.contacts(A1)",
            w -> () -> clients.contacts(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "clients.addContact(A1)",
            w ->
                () ->
                    clients.addContact(
                        a.client1(),
                        new ContactForm(
                            "New Person", "new-" + UUID.randomUUID() + "@client.test", null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "clients.create",
            w -> () -> clients.create(new ClientForm("Fresh " + UUID.randomUUID(), null, null)),
            expect(D, D, D, A, A, A)),
        new Entry("portal.myProjects", w -> portal::myProjects, expect(D, A, A, D, D, D)),
        new Entry(
            "portal.project(A1)",
            w -> () -> portal.project(a.project1()),
            expect(D, A, N, D, D, D)),
        new Entry(
            "portal.reply(A1)",
            w -> () -> portal.reply(a.project1(), "Thanks"),
            expect(D, A, N, D, D, D)),
        new Entry(
            "feedback.send(A1)",
            w -> () -> feedback.send(a.project1(), "Change the colour", null),
            expect(D, A, N, D, D, D)),
        new Entry("feedback.mine", w -> feedback::mine, expect(D, A, A, D, D, D)),
        new Entry("feedback.projects", w -> feedback::projects, expect(D, A, A, D, D, D)),
        new Entry("feedback.maxFileBytes", w -> feedback::maxFileBytes, expect(D, A, A, D, D, D)),
        new Entry("work.inbox", w -> work::inbox, expect(D, D, D, A, A, A)),
        new Entry(
            "work.task(A1)", w -> () -> work.task(a.internalTask1()), expect(D, D, D, A, A, N)),
        new Entry(
            "work.comment(A1 note)",
            w -> () -> work.comment(a.internalTask1(), CommentKind.NOTE, "internal"),
            expect(D, D, D, A, A, N)),
        new Entry(
            "work.start(A1)", w -> () -> work.start(a.internalTask1()), expect(D, D, D, A, A, N)),
        new Entry(
            "work.reassign(A1)",
            w -> () -> work.reassign(a.internalTask1(), staffA),
            expect(D, D, D, A, A, N)),
        new Entry(
            "work.complete(A1)",
            w -> () -> work.complete(a.internalTask1(), null),
            expect(D, D, D, A, A, N)),
        new Entry(
            "portalTasks.myTasks",
            w -> () -> portalTasks.myTasks(null, null),
            expect(D, A, A, D, D, D)),
        new Entry(
            "portalTasks.task(visible A1)",
            w -> () -> portalTasks.task(a.visibleTask1()),
            expect(D, A, N, D, D, D)),
        new Entry(
            "portalTasks.task(internal A1)",
            w -> () -> portalTasks.task(a.internalTask1()),
            expect(D, N, N, D, D, D)),
        new Entry(
            "portalTasks.reply(visible A1)",
            w -> () -> portalTasks.reply(a.visibleTask1(), "Looks good"),
            expect(D, A, N, D, D, D)),
        new Entry(
            "portalTasks.reply(internal A1)",
            w -> () -> portalTasks.reply(a.internalTask1(), "Hello?"),
            expect(D, N, N, D, D, D)),
        new Entry(
            "invitations.invite(A1)",
            w ->
                () ->
                    invitations.invite(
                        a.client1(),
                        new InviteForm("inv-" + UUID.randomUUID() + "@client.test", null, null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "invitations.access(A1)",
            w -> () -> invitations.access(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "invitations.auditTrail(A1)",
            w -> () -> invitations.auditTrail(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "invitations.resend(contact A2, none open)",
            w -> () -> resendIfOpen(a.clientOf2().accountId()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "invitations.revoke(revoked contact A1)",
            w -> () -> invitations.revoke(w.revokedClientA1().accountId()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "library.list(A1)", w -> () -> library.list(a.project1()), expect(D, D, D, A, A, N)),
        new Entry(
            "library.detail(A1)", w -> () -> library.detail(inReviewA1), expect(D, D, D, A, A, N)),
        new Entry(
            "library.create(A1)",
            w -> () -> library.create(a.project1(), new DeliverableForm("New", null, null, null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "library.upload(draft A1)",
            w -> () -> library.upload(draftA1, "v.pdf", new ByteArrayInputStream(PDF)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "library.markReady(draft A1)",
            w -> () -> refusalAllowed(() -> library.markReady(draftA1)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "library.update(A1)",
            w -> () -> library.update(inReviewA1, new DeliverableForm("Renamed", null, null, null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "library.deleteDraft(in review A1)",
            w -> () -> refusalAllowed(() -> library.deleteDraft(inReviewA1)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "review.forProject(A1)",
            w -> () -> review.forProject(a.project1()),
            expect(D, A, N, D, D, D)),
        new Entry("review.waiting", w -> review::waiting, expect(D, A, A, D, D, D)),
        new Entry("review.view(A1)", w -> () -> review.view(inReviewA1), expect(D, A, N, D, D, D)),
        new Entry(
            "review.requestChanges(A1)",
            w -> () -> refusalAllowed(() -> review.requestChanges(inReviewA1, versionA1, "Bigger")),
            expect(D, A, N, D, D, D)),
        new Entry(
            "review.approve(A1)",
            w -> () -> refusalAllowed(() -> review.approve(inReviewA1, versionA1)),
            expect(D, A, N, D, D, D)),
        new Entry(
            "files.open(version A1)", w -> () -> files.open(versionA1), expect(D, A, N, A, A, N)),
        new Entry("settings.branding", w -> settings::branding, expect(D, A, A, A, A, A)),
        new Entry("settings.plan", w -> settings::plan, expect(D, D, D, A, A, A)),
        new Entry(
            "settings.clientNotificationsEnabled",
            w -> settings::clientNotificationsEnabled,
            expect(D, D, D, D, A, D)),
        new Entry(
            "settings.switchClientNotifications(on)",
            w -> () -> settings.switchClientNotifications(true),
            expect(D, D, D, D, A, D)),
        new Entry("settings.dateStyle", w -> settings::dateStyle, expect(D, A, A, A, A, A)),
        new Entry(
            "settings.changeDateStyle(en-GB)",
            w -> () -> settings.changeDateStyle(dev.portico.shared.DateStyle.EN_GB),
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalSettings.fullBrandingIncluded",
            w -> portalSettings::fullBrandingIncluded,
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalSettings.switchPortal(on)",
            w -> () -> portalSettings.switchPortal(true),
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalSettings.changeBranding",
            w -> () -> portalSettings.changeBranding("#1a56db", "Welcome", "help@agency.test"),
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalSettings.uploadLogo(PNG)",
            w ->
                () ->
                    portalSettings.uploadLogo(
                        "logo.png",
                        new ByteArrayInputStream(
                            java.util.Base64.getDecoder()
                                .decode(
                                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))),
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalSettings.removeLogo", w -> portalSettings::removeLogo, expect(D, D, D, D, A, D)),
        new Entry("customDomains.status", w -> customDomains::status, expect(D, D, D, D, A, D)),
        new Entry("processModels.overview", w -> processModels::overview, expect(D, D, D, D, A, D)),
        new Entry(
            "customDomains.change",
            w ->
                () ->
                    customDomains.change(
                        "portal-"
                            + w.a().workspaceId().toString().substring(0, 8)
                            + ".matrix.test"),
            expect(D, D, D, D, A, D)),
        new Entry(
            "customDomains.verify",
            w -> () -> refusalAllowed(customDomains::verify),
            expect(D, D, D, D, A, D)),
        new Entry("customDomains.remove", w -> customDomains::remove, expect(D, D, D, D, A, D)),
        new Entry("billing.list", w -> () -> billing.list(null), expect(D, D, D, A, A, A)),
        new Entry(
            "billing.page(SENT)",
            w -> () -> billing.page(InvoiceStatus.SENT, PageRequest.of(0, 50)),
            expect(D, D, D, A, A, A)),
        new Entry("billing.count", w -> () -> billing.count(null), expect(D, D, D, A, A, A)),
        new Entry(
            "billing.list(SENT)",
            w -> () -> billing.list(InvoiceStatus.SENT),
            expect(D, D, D, A, A, A)),
        new Entry(
            "billing.listForClient(A1)",
            w -> () -> billing.listForClient(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.projectsOf(A1)",
            w -> () -> billing.projectsOf(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.detail(sent A1)",
            w -> () -> billing.detail(sentInvoiceA1),
            expect(D, D, D, A, A, N)),
        new Entry("billing.draftDefaults", w -> billing::draftDefaults, expect(D, D, D, A, A, A)),
        new Entry(
            "billing.createDraft(A1)",
            w -> () -> billing.createDraft(a.client1(), a.project1(), invoiceForm()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.updateDraft(draft A1)",
            w -> () -> billing.updateDraft(draftInvoiceA1, null, invoiceForm()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.deleteDraft(sent A1)",
            w -> () -> refusalAllowed(() -> billing.deleteDraft(sentInvoiceA1)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.recordManualPayment(sent A1)",
            w ->
                () ->
                    refusalAllowed(
                        () ->
                            billing.recordManualPayment(
                                sentInvoiceA1, BigDecimal.ONE, LocalDate.now(), null)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.send(draft A1)",
            w -> () -> refusalAllowed(() -> billing.send(invoiceToSendA1)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "billing.voidInvoice(sent A1)",
            w -> () -> refusalAllowed(() -> billing.voidInvoice(sentInvoiceA1, "Wrong client")),
            expect(D, D, D, A, A, N)),
        new Entry(
            "invoiceSettings.current", w -> invoiceSettings::current, expect(D, D, D, A, A, A)),
        new Entry(
            "invoiceSettings.update",
            w -> () -> invoiceSettings.update(invoiceSettings.current()),
            expect(D, D, D, D, A, D)),
        new Entry(
            "portalInvoices.myInvoices", w -> portalInvoices::myInvoices, expect(D, A, A, D, D, D)),
        new Entry(
            "portalInvoices.openCount", w -> portalInvoices::openCount, expect(D, A, A, D, D, D)),
        new Entry(
            "portalInvoices.invoice(sent A1)",
            w -> () -> portalInvoices.invoice(sentInvoiceA1),
            expect(D, A, N, D, D, D)),
        new Entry(
            "portalInvoices.invoice(draft A1)",
            w -> () -> portalInvoices.invoice(draftInvoiceA1),
            expect(D, N, N, D, D, D)),
        new Entry(
            "invoiceDocuments.pdf(sent A1)",
            w -> () -> invoiceDocuments.pdf(sentInvoiceA1),
            expect(D, A, N, A, A, N)),
        new Entry(
            "invoiceDocuments.pdf(draft A1)",
            w -> () -> invoiceDocuments.pdf(draftInvoiceA1),
            expect(D, N, N, A, A, N)),
        new Entry(
            "invoicePayments.payableForCurrentClient(sent A1)",
            w -> () -> invoicePayments.payableForCurrentClient(sentInvoiceA1),
            expect(D, A, A, D, D, D)),
        new Entry(
            "invoicePayments.recordOnlinePayment(sent A1)",
            w ->
                () ->
                    invoicePayments.recordOnlinePayment(
                        sentInvoiceA1, 1, "EUR", "pi_" + UUID.randomUUID()),
            expect(A, D, D, D, D, D)),
        new Entry(
            "invoiceCheckout.available", w -> invoiceCheckout::available, expect(A, A, A, A, A, A)),
        new Entry(
            "invoiceCheckout.notConfiguredMessage",
            w -> invoiceCheckout::notConfiguredMessage,
            expect(A, A, A, A, A, A)),
        new Entry(
            "invoiceCheckout.start(payable A1)",
            w -> () -> invoiceCheckout.start(payableInvoiceA1, true),
            expect(D, A, N, D, D, D)),
        new Entry(
            "invoiceCheckout.start(draft A1)",
            w -> () -> invoiceCheckout.start(draftInvoiceA1, false),
            expect(D, N, N, D, D, D)),
        new Entry(
            "invoiceCheckout.status(payable A1, its checkout)",
            w -> () -> invoiceCheckout.status(payableInvoiceA1, checkoutA1),
            expect(D, A, N, D, D, D)),
        new Entry(
            "invoiceCheckout.processing(payable A1)",
            w -> () -> invoiceCheckout.processing(payableInvoiceA1),
            expect(D, A, N, A, A, N)),
        new Entry(
            "sharing.share(A1)",
            w ->
                () ->
                    sharing.share(
                        a.client1(), a.project1(), "f.pdf", null, new ByteArrayInputStream(PDF)),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.forClient(A1)",
            w -> () -> sharing.forClient(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.forProject(A1)",
            w -> () -> sharing.forProject(a.project1()),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.unshare(file A1)",
            w -> () -> sharing.unshare(toggledFileA1),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.shareAgain(file A1)",
            w -> () -> sharing.shareAgain(toggledFileA1),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.history(file A1)",
            w -> () -> sharing.history(sharedFileA1),
            expect(D, D, D, A, A, N)),
        new Entry(
            "sharing.projectsOf(A1)",
            w -> () -> sharing.projectsOf(a.client1()),
            expect(D, D, D, A, A, N)),
        new Entry("sharing.maxUploadBytes", w -> sharing::maxUploadBytes, expect(D, D, D, A, A, A)),
        new Entry("portalFiles.mine", w -> portalFiles::mine, expect(D, A, A, D, D, D)),
        new Entry("portalFiles.projects", w -> portalFiles::projects, expect(D, A, A, D, D, D)),
        new Entry("portalFiles.whoToAsk", w -> portalFiles::whoToAsk, expect(D, A, A, D, D, D)),
        new Entry(
            "portalFiles.forProject(A1)",
            w -> () -> portalFiles.forProject(a.project1()),
            expect(D, A, N, D, D, D)),
        new Entry(
            "sharedDownloads.open(file A1)",
            w -> () -> sharedDownloads.open(sharedFileA1),
            expect(D, A, N, A, A, N)));
  }

  /** A clear refusal of the state (e.g. "already decided") still means "allowed to ask". */
  private static void refusalAllowed(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      // allowed to call; the deliverable's state said no
    }
  }

  /** Resend refuses clearly when nothing is open; that refusal counts as "allowed to ask". */
  private void resendIfOpen(UUID contactId) {
    try {
      invitations.resend(contactId);
    } catch (ValidationException e) {
      // allowed to call, nothing to re-send
    }
  }

  @Test
  void everyEntryPointAnswersEachSubjectAsExpected() {
    List<String> mismatches = new ArrayList<>();
    for (Entry entry : entries()) {
      for (var subject : subjects().entrySet()) {
        Outcome expected = entry.expected().get(subject.getKey());
        Outcome actual = call(subject.getValue(), entry.call().apply(world));
        if (actual != expected) {
          mismatches.add(
              entry.name()
                  + " as "
                  + subject.getKey()
                  + ": expected "
                  + expected
                  + " but was "
                  + actual);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void listsOnlyShowTheSubjectsOwnData() {
    Fixtures.signIn(world.a().staff());
    assertThat(planning.list())
        .extracting(ProjectPlanning.ProjectRow::id)
        .contains(world.a().project1(), world.a().project2())
        .doesNotContain(world.b().project1(), world.b().project2());
    assertThat(clients.list()).extracting(c -> c.id()).doesNotContain(world.b().client1());

    Fixtures.signIn(world.a().clientOf1());
    assertThat(portal.myProjects())
        .extracting(PortalProjects.ProjectProgress::id)
        .containsExactly(world.a().project1());
    assertThat(review.waiting())
        .extracting(DeliverableReview.PortalDeliverable::id)
        .containsExactly(inReviewA1);

    Fixtures.signIn(world.a().clientOf2());
    assertThat(review.waiting()).as("client A2 has nothing to review").isEmpty();
    assertThat(portalInvoices.myInvoices()).as("client A2 has no invoices").isEmpty();
    assertThat(portalFiles.mine()).as("client A2 has no files").isEmpty();

    Fixtures.signIn(world.a().clientOf1());
    assertThat(portalInvoices.myInvoices())
        .extracting(PortalInvoices.PortalInvoice::id)
        .as("sent, never the draft")
        .containsExactlyInAnyOrder(sentInvoiceA1, payableInvoiceA1);
    assertThat(portalFiles.mine())
        .extracting(PortalFiles.PortalFile::id)
        .containsExactlyInAnyOrder(sharedFileA1, toggledFileA1);
    Fixtures.signIn(world.b().staff());
    assertThat(billing.list(null)).isEmpty();
    assertThat(billing.count(null)).isZero();
    assertThat(clients.page(null, PageRequest.of(0, 50)))
        .extracting(c -> c.id())
        .contains(world.b().client1())
        .doesNotContain(world.a().client1(), world.a().client2());
    assertThat(planning.page(PageRequest.of(0, 50)))
        .extracting(ProjectPlanning.ProjectRow::id)
        .contains(world.b().project1())
        .doesNotContain(world.a().project1(), world.a().project2());
  }

  @Test
  void portalReadModelsCarryNoNotesNoInternalTasksNoBudget() {
    Fixtures.signIn(world.a().clientOf1());
    var project = portal.project(world.a().project1());

    assertThat(project.replies())
        .extracting(PortalProjects.PortalReply::body)
        .containsExactly("Reply for A1");
    assertThat(project.tasks())
        .extracting(PortalProjects.PortalTask::title)
        .containsExactly("Visible task A");
    assertThat(project.progress().upcomingDeadlines())
        .extracting(d -> d.title())
        .doesNotContain("Internal task A");
    assertThat(project.toString()).doesNotContain("Secret note", "1234", "Internal task A");
  }

  @Test
  void staffCannotPointAProjectAtAnotherWorkspacesClientOrLead() {
    Fixtures.signIn(world.a().staff());
    Outcome otherClient =
        call(
            world.a().staff(),
            () ->
                planning.create(
                    new ProjectForm(
                        world.b().client1(),
                        "X",
                        null,
                        ProjectStatus.PLANNED,
                        null,
                        null,
                        world.a().staff().accountId(),
                        null)));
    Outcome otherLead =
        call(
            world.a().staff(),
            () ->
                planning.create(
                    new ProjectForm(
                        world.a().client1(),
                        "X",
                        null,
                        ProjectStatus.PLANNED,
                        null,
                        null,
                        world.b().staff().accountId(),
                        null)));
    Outcome clientAsLead =
        call(
            world.a().staff(),
            () ->
                planning.create(
                    new ProjectForm(
                        world.a().client1(),
                        "X",
                        null,
                        ProjectStatus.PLANNED,
                        null,
                        null,
                        world.a().clientOf1().accountId(),
                        null)));

    assertThat(List.of(otherClient, otherLead, clientAsLead)).containsOnly(Outcome.NOT_FOUND);
  }

  private static Outcome call(SessionUser subject, Runnable call) {
    if (subject == null) {
      Fixtures.signOut();
    } else {
      Fixtures.signIn(subject);
    }
    try {
      call.run();
      return Outcome.ALLOW;
    } catch (NotFoundException e) {
      return Outcome.NOT_FOUND;
    } catch (AccessDeniedException | AuthenticationException e) {
      return Outcome.DENY;
    } catch (RuntimeException e) {
      fail("Unexpected " + e, e);
      return null;
    } finally {
      Fixtures.signOut();
    }
  }
}
