package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.deliverable.DeliverableLibrary;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff open a client, view the portal as one of its contacts: a banner on every page, the
 * contact's home and deliverables, no action goes through (not even by the payment page's address),
 * and "Back to console" returns to the client's page, where the visit is on the access history.
 */
class ViewAsClientJourneyTest extends BrowserTest {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Autowired DeliverableLibrary library;
  @Autowired InvoiceBilling billing;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void staffViewTheClientsPortalReadOnlyAndComeBack() {
    Agency agency = fixtures.agency("V");
    UUID deliverable = inReview(agency);
    UUID invoice = sentInvoice(agency);
    String clientPage = "/staff/clients/" + agency.client1();
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());

    staff.navigate(BASE + clientPage);
    assertThat(staff.locator("h1")).hasText("Client V1");
    screenshot(staff, "view-as-1-client-page");
    Locator viewAs = staff.locator("vaadin-button.view-as");
    assertThat(viewAs).hasText("View as Contact V1");
    viewAs.click();

    // The contact's portal home, under the banner.
    staff.waitForURL(BASE + "/portal");
    Locator banner = staff.locator(".view-as-banner");
    assertThat(banner).containsText("Viewing as Contact V1 (Client V1)");
    assertThat(banner).containsText("read only");
    assertThat(staff.locator("h1")).containsText("Contact");
    assertThat(staff.locator(".to-review")).containsText("Logo");
    assertThat(staff.locator(".portal-nav")).containsText("Projects");
    screenshot(staff, "view-as-2-portal-home");
    assertFitsTheWindow(staff);

    // A deliverable waiting for the contact: seen, but Approve is off.
    staff.navigate(BASE + "/portal/projects/" + agency.project1() + "/deliverables/" + deliverable);
    assertThat(staff.locator("h1")).hasText("Logo");
    assertThat(banner).isVisible();
    Locator approve = staff.locator("vaadin-button.approve");
    assertThat(approve).isDisabled();
    assertThat(approve)
        .hasAttribute("title", "You are viewing as Contact V1: actions are disabled.");
    assertThat(staff.locator("vaadin-button.request-changes")).isDisabled();
    screenshot(staff, "view-as-3-deliverable");

    // An action by address (the secure payment page) is refused by the server.
    staff.navigate(BASE + "/billing/" + invoice + "/checkout");
    staff.waitForURL(url -> url.contains("/portal/billing/" + invoice));
    assertThat(staff.locator(".checkout-read-only"))
        .hasText("You are viewing as Contact V1: actions are disabled.");
    assertThat(staff.locator("vaadin-button.pay")).isDisabled();
    assertThat(
            jdbc.sql("select count(*) from invoice_checkout where invoice_id = ?")
                .param(invoice)
                .query(Long.class)
                .single())
        .as("no payment started")
        .isZero();
    screenshot(staff, "view-as-4-payment-refused");

    // On a phone, the banner fits and the way back is on screen.
    staff.setViewportSize(390, 844);
    staff.navigate(BASE + "/portal");
    assertThat(banner).isVisible();
    screenshot(staff, "view-as-5-portal-home-390");
    assertFitsTheWindow(staff);
    assertNoSidewaysScroll(staff);
    var back = button(staff, "Back to console").boundingBox();
    assertThat(back.x + back.width).isLessThanOrEqualTo(390);
    staff.setViewportSize(1280, 860);

    // Back to the console, on the page the visit began; the visit is on the access history.
    button(staff, "Back to console").click();
    staff.waitForURL(BASE + clientPage);
    assertThat(staff.locator("h1")).hasText("Client V1");
    assertThat(staff.locator(".view-as-banner")).hasCount(0);
    Locator history = staff.locator(".access-history");
    assertThat(history.getByText("Viewed as client", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    assertThat(
            history.getByText(
                "Stopped viewing as client", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    screenshot(staff, "view-as-6-back-in-console");
    assertNoSidewaysScroll(staff);

    // Staff are staff again: the console works, the portal is not theirs.
    staff.navigate(BASE + "/staff/projects");
    assertThat(staff.locator("h1")).hasText("Projects");
    assertThat(
            jdbc.sql("select status from deliverable where id = ?")
                .param(deliverable)
                .query(String.class)
                .single())
        .isEqualTo("IN_REVIEW");
  }

  private static void assertNoSidewaysScroll(Page page) {
    Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    assertThat(fits).as("no sideways scroll at %s px", page.viewportSize().width).isEqualTo(true);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private UUID inReview(Agency agency) {
    Fixtures.signIn(agency.staff());
    try {
      UUID id = library.create(agency.project1(), new DeliverableForm("Logo", null, null, null));
      library.upload(id, "logo.pdf", new ByteArrayInputStream(PDF));
      library.markReady(id);
      return id;
    } finally {
      Fixtures.signOut();
    }
  }

  private UUID sentInvoice(Agency agency) {
    Fixtures.signIn(agency.staff());
    try {
      LocalDate today = LocalDate.now(clock);
      UUID id =
          billing.createDraft(
              agency.client1(),
              null,
              new InvoiceForm(
                  "EUR",
                  today,
                  today.plusDays(14),
                  null,
                  List.of(
                      new InvoiceForm.Line(
                          "Retainer", BigDecimal.ONE, new BigDecimal("500"), BigDecimal.ZERO))));
      billing.send(id);
      return id;
    } finally {
      Fixtures.signOut();
    }
  }
}
