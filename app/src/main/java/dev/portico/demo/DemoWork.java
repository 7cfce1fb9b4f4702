package dev.portico.demo;

import dev.portico.client.ClientDirectory;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.feedback.ClientFeedback;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.PorticoUser;
import dev.portico.invoice.Amounts;
import dev.portico.invoice.DemoInvoices;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.InvoiceForm;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.MilestoneRow;
import dev.portico.project.ProjectPlanning.ProjectRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts demo work in front of Acme the way Sam would: a homepage design and brand guidelines,
 * uploaded and sent for review through the same services and process as real work (so Alex gets the
 * review mail in the dev mailbox), and Acme's invoices: one paid, one open, one overdue and a
 * draft. Runs once the engine has the models.
 */
@Component
public class DemoWork {

  private final DeliverableLibrary library;
  private final ProjectPlanning planning;
  private final AccountAccess access;
  private final ClientDirectory clients;
  private final InvoiceBilling billing;
  private final DemoInvoices history;
  private final ClientFeedback feedback;
  private final Clock clock;

  DemoWork(
      DeliverableLibrary library,
      ProjectPlanning planning,
      AccountAccess access,
      ClientDirectory clients,
      InvoiceBilling billing,
      DemoInvoices history,
      ClientFeedback feedback,
      Clock clock) {
    this.library = library;
    this.planning = planning;
    this.access = access;
    this.clients = clients;
    this.billing = billing;
    this.history = history;
    this.feedback = feedback;
    this.clock = clock;
  }

  /**
   * @return whether it shared anything (false when the demo project already has deliverables)
   */
  public boolean shareOnce() {
    if (!signInAsSam()) {
      return false;
    }
    try {
      UUID website =
          planning.list().stream()
              .filter(p -> p.name().equals(DemoData.WEBSITE_PROJECT))
              .map(ProjectRow::id)
              .findFirst()
              .orElse(null);
      if (website == null || !library.list(website).isEmpty()) {
        return false;
      }
      UUID designApproved =
          planning.detail(website).milestones().stream()
              .filter(m -> m.title().equals("Design approved"))
              .map(MilestoneRow::id)
              .findFirst()
              .orElse(null);
      share(
          website,
          new DeliverableForm(
              "Homepage design",
              "First take on the new homepage: hero, product grid and a shorter way to checkout.",
              designApproved,
              null),
          "homepage-design-v1.png");
      share(
          website,
          new DeliverableForm(
              "Brand guidelines",
              "Logo, colour, type and imagery rules for everyone working on Acme.",
              null,
              null),
          "brand-guidelines.pdf");
      return true;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * Acme's invoices, through the same services and process as real ones: a workshop Acme paid
   * (receipt in the mailbox), the first design instalment open, hosting overdue since ten days (two
   * reminders went out), and the next instalment as a draft.
   *
   * @return whether it billed anything (false when Acme has invoices already)
   */
  public boolean billOnce() {
    if (!signInAsSam()) {
      return false;
    }
    try {
      UUID acme =
          clients.list().stream()
              .filter(c -> c.name().equals("Acme Corp"))
              .map(c -> c.id())
              .findFirst()
              .orElse(null);
      if (acme == null || !billing.listForClient(acme).isEmpty()) {
        return false;
      }
      UUID website =
          planning.list().stream()
              .filter(p -> p.name().equals(DemoData.WEBSITE_PROJECT))
              .map(ProjectRow::id)
              .findFirst()
              .orElse(null);
      LocalDate today = LocalDate.now(clock);
      UUID workshop =
          billing.createDraft(
              acme,
              website,
              invoice(
                  today.minusDays(21),
                  today,
                  "Thank you for a great kick-off!",
                  line("Discovery workshop (day rate)", "2", "1200.00"),
                  line("Workshop materials and travel", "1", "180.00")));
      billing.send(workshop);
      InvoiceDetail sent = billing.detail(workshop);
      billing.recordManualPayment(
          workshop,
          Amounts.toMajor(sent.totalMinor(), sent.currency()),
          today.minusDays(2),
          "ACME-TRX-20931");
      billing.send(
          billing.createDraft(
              acme,
              website,
              invoice(
                  today,
                  today.plusDays(14),
                  "First of two design instalments, as agreed in the proposal.",
                  line("Website design, first instalment (50 %)", "1", "4800.00"))));
      UUID hosting =
          billing.createDraft(
              acme,
              website,
              invoice(
                  today.minusDays(24),
                  today.minusDays(10),
                  null,
                  line("Hosting setup", "1", "350.00"),
                  line("Domain and SSL certificate, 1 year", "1", "89.90")));
      history.sentInThePast(hosting);
      billing.createDraft(
          acme,
          website,
          invoice(
              today,
              today.plusDays(14),
              null,
              line("Website design, second instalment (50 %)", "1", "4800.00")));
      return true;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static InvoiceForm invoice(
      LocalDate issued, LocalDate due, String note, InvoiceForm.Line... lines) {
    return new InvoiceForm("EUR", issued, due, note, List.of(lines));
  }

  private static InvoiceForm.Line line(String description, String quantity, String price) {
    return new InvoiceForm.Line(
        description, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal("20"));
  }

  /**
   * Alex's feedback on the website, through the Feedback tab's service and the real flow: it lands
   * in Sam's inbox (and Sam's mail in the dev mailbox), waiting for an answer.
   *
   * @return whether it sent anything (false when Alex has sent feedback before)
   */
  public boolean feedbackOnce() {
    if (!signInAs(DemoData.CLIENT_A_EMAIL)) {
      return false;
    }
    try {
      if (!feedback.available() || !feedback.mine().isEmpty()) {
        return false;
      }
      UUID website =
          feedback.projects().stream()
              .filter(p -> p.name().equals(DemoData.WEBSITE_PROJECT))
              .map(ClientFeedback.ProjectChoice::id)
              .findFirst()
              .orElse(null);
      feedback.send(
          website,
          """
          Two things from our team meeting:
          1. Could the product grid show prices including VAT? Our customers expect it.
          2. The "Checkout" button is hard to see on phones. Could it be bigger?""",
          null);
      return true;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private boolean signInAsSam() {
    return signInAs(DemoData.STAFF_EMAIL);
  }

  private boolean signInAs(String email) {
    var sam = access.signInAllowed(email).orElse(null);
    if (sam == null) {
      return false;
    }
    PorticoUser principal = new PorticoUser(sam);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    return true;
  }

  private void share(UUID projectId, DeliverableForm form, String file) {
    UUID id = library.create(projectId, form);
    try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
      library.upload(id, file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    library.markReady(id);
  }
}
