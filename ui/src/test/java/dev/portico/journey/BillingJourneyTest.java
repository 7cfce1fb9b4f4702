package dev.portico.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.Selects;
import dev.portico.testsupport.StripeEvents;
import dev.portico.testsupport.StripeStub;
import dev.portico.testsupport.StripeTestConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Billing in two browsers: staff draft an invoice with live totals, are told what is wrong without
 * losing the form, send it; the client finds it under Billing, downloads the PDF and sees what is
 * open; staff record a bank transfer and void another invoice.
 */
class BillingJourneyTest extends BrowserTest {

  @Autowired InvoiceBilling billing;
  @Autowired StripeStub stripe;
  @Autowired Clock clock;

  @Test
  void staffDraftAndSendAnInvoiceTheClientSeesItUnderBilling() {
    Agency agency = fixtures.agency("I");
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());

    // From the client's page: a new invoice for that client.
    staff.navigate(BASE + "/staff/clients/" + agency.client1());
    assertThat(staff.locator(".client-invoices")).containsText("No invoices for Client I1 yet.");
    staff.locator(".client-invoices").getByText("New invoice").click();
    assertThat(staff.locator("h1")).hasText("New invoice");
    assertThat(staff).hasURL(Pattern.compile(".*/staff/invoices/new\\?client=" + agency.client1()));
    assertThat(staff.locator("vaadin-side-nav-item[current]")).containsText("Invoices");
    Locator client =
        staff.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Client"));
    assertThat(client).hasValue("Client I1");
    assertThat(client).hasAttribute("readonly", "");

    // Two lines; the totals follow every keystroke, by the domain's rounding rule.
    fillLine(staff, 0, "Design workshop", "2", "600", "20");
    assertThat(lineAmount(staff, 0)).hasText("EUR 1,440.00");
    assertThat(total(staff, "total")).hasText("EUR 1,440.00");
    click(staff, "Add line");
    fillLine(staff, 1, "Hosting", "1", "49.90", "20");
    assertThat(lineAmount(staff, 1)).hasText("EUR 59.88");
    assertThat(total(staff, "net")).hasText("EUR 1,249.90");
    assertThat(total(staff, "tax")).hasText("EUR 249.98");
    assertThat(total(staff, "total")).hasText("EUR 1,499.88");
    staff.getByLabel("Note to the client").fill("Bank: DE00 1234 5678");
    screenshot(staff, "billing-1-staff-draft");

    // Bad input: marked on its field at once, listed on saving; nothing typed is lost.
    field(staff, 1, "line-quantity").fill("-1");
    assertThat(staff.getByText("The quantity must be more than 0.")).isVisible();
    assertThat(total(staff, "total")).hasText("—");
    field(staff, 0, "line-tax").fill("150");
    assertThat(staff.getByText("The tax rate must be between 0 and 100 %.")).isVisible();
    click(staff, "Save draft");
    assertThat(staff.locator(".form-problems"))
        .containsText("Line 1: the tax rate must be between 0 and 100 %.");
    assertThat(staff.locator(".form-problems"))
        .containsText("Line 2: the quantity must be more than 0.");
    assertThat(staff).hasURL(Pattern.compile(".*/staff/invoices/new.*"));
    assertThat(field(staff, 1, "line-description")).hasValue("Hosting");
    assertThat(staff.getByLabel("Note to the client")).hasValue("Bank: DE00 1234 5678");
    screenshot(staff, "billing-2-staff-bad-input");
    field(staff, 1, "line-quantity").fill("1");
    field(staff, 0, "line-tax").fill("20");
    assertThat(total(staff, "total")).hasText("EUR 1,499.88");
    click(staff, "Save draft");
    assertThat(staff.getByText("Draft saved.")).isVisible();
    assertThat(staff.locator(".form-problems")).isHidden();
    staff.waitForURL(Pattern.compile(".*/staff/invoices/[0-9a-f-]{36}$"));
    UUID invoiceId = UUID.fromString(staff.url().substring(staff.url().lastIndexOf('/') + 1));

    // The same draft in a second tab, sent meanwhile: the first tab's edit is refused, kept.
    Page other = staff.context().newPage();
    other.navigate(BASE + "/staff/invoices/" + invoiceId);
    assertThat(other.locator("h1")).hasText("Draft invoice");
    assertThat(total(other, "total")).hasText("EUR 1,499.88");

    staff.bringToFront(); // a tab in the background does not run the dialog's animation
    click(staff, "Send invoice");
    assertThat(staff.getByText("is locked")).isVisible();
    assertThat(staff.getByText("get it by email with the PDF")).isVisible();
    settled(staff, "billing-3-staff-confirm-send");
    click(staff, "Send now");
    assertThat(staff.locator("h1")).hasText("INV-0001");
    assertThat(staff.locator(".title-row .invoice-status")).hasText("Sent");
    assertThat(staff.locator(".invoice-lines-table")).containsText("Design workshop");
    assertThat(staff.locator(".invoice-history")).containsText("Invoice sent");
    screenshot(staff, "billing-4-staff-sent");

    field(other, 0, "line-description").fill("Design workshop (2 days)");
    click(other, "Save draft");
    assertThat(other.locator(".form-problems")).containsText("INV-0001 is sent and locked");
    assertThat(field(other, 0, "line-description")).hasValue("Design workshop (2 days)");
    other.close();

    // The list: status, amounts, the filter.
    staff.navigate(BASE + "/staff/invoices");
    Locator grid = staff.locator("vaadin-grid.invoice-grid");
    assertThat(grid).containsText("INV-0001");
    assertThat(grid).containsText("Client I1");
    assertThat(grid).containsText("EUR 1,499.88");
    choose(staff, ".status-filter", "Paid");
    assertThat(staff.getByText("No paid invoices.")).isVisible();
    choose(staff, ".status-filter", "Sent");
    assertThat(grid).containsText("INV-0001");
    settled(staff, "billing-5-staff-list");
    staff.navigate(BASE + "/staff/clients/" + agency.client1());
    assertThat(staff.locator(".client-invoices vaadin-grid")).containsText("INV-0001");
    assertThat(staff.locator("vaadin-side-nav-item[current]")).containsText("Clients");
    staff.locator(".client-invoices").scrollIntoViewIfNeeded();
    screenshot(staff, "billing-5b-staff-client");
    staff.navigate(BASE + "/staff/invoices");

    // A bank transfer for part of it.
    grid.getByText("INV-0001").click();
    assertThat(staff.locator("h1")).hasText("INV-0001");
    assertThat(staff.locator("vaadin-side-nav-item[current]")).containsText("Invoices");
    click(staff, "Record payment");
    Locator amount = staff.getByLabel("Amount");
    assertThat(amount).hasValue("1499.88");
    amount.fill("2000");
    click(staff, "Save payment");
    assertThat(staff.getByText("That is more than the open amount of EUR 1,499.88.")).isVisible();
    settled(staff, "billing-6a-staff-payment-dialog");
    amount.fill("500");
    staff.getByLabel("Reference (optional)").fill("TRX-77");
    click(staff, "Save payment");
    assertThat(staff.getByText("Recorded. EUR 999.88 is still open.")).isVisible();
    assertThat(staff.locator(".payments")).containsText("TRX-77");
    assertThat(staff.locator(".total-open .value")).hasText("EUR 999.88");
    settled(staff, "billing-6-staff-payment");

    // A second invoice, voided with a reason.
    UUID second = sentInvoice(agency, "Extra hours", "300");
    staff.navigate(BASE + "/staff/invoices/" + second);
    assertThat(staff.locator("h1")).hasText("INV-0002");
    click(staff, "Void");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void invoice")).click();
    // The field's own message (Vaadin also announces it in an aria-live region)
    assertThat(staff.locator("[slot=error-message]").getByText("Say why the invoice is void."))
        .isVisible();
    settled(staff, "billing-6b-staff-void-dialog");
    staff.getByLabel("Reason").fill("Billed twice");
    staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Void invoice")).click();
    assertThat(staff.locator(".title-row .invoice-status")).hasText("Void");
    assertThat(staff.locator(".notice").first()).containsText("Billed twice");

    // The client: a home card, Billing, the PDF, the invoice page.
    Page portal = newBrowser();
    signIn(portal, agency.clientOf1().email());
    portal.navigate(BASE + "/portal");
    assertThat(portal.locator(".pay-bills")).containsText("Pay your bills");
    assertThat(portal.locator(".pay-bills")).containsText("1 open");
    portal.locator(".pay-bills a").click();
    assertThat(portal.locator("h1")).hasText("Client Invoices");
    assertThat(portal.locator(".portal-nav a[highlight]")).hasText("Billing");
    Locator row =
        portal.locator(".invoice-row").filter(new Locator.FilterOptions().setHasText("INV-0001"));
    assertThat(row.locator(".invoice-status")).hasText("Sent");
    assertThat(row).containsText("EUR 1,499.88");
    assertThat(row).containsText("EUR 999.88");
    Locator voided =
        portal.locator(".invoice-row").filter(new Locator.FilterOptions().setHasText("INV-0002"));
    assertThat(voided.locator(".invoice-status")).hasText("Void");
    screenshot(portal, "billing-7-portal-list");
    assertFitsTheWindow(portal);

    APIResponse pdf = portal.request().get(BASE + row.locator("a.pdf-link").getAttribute("href"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(pdf.headers().get("content-disposition"))
        .startsWith("attachment;")
        .contains("INV-0001.pdf");
    assertThat(pdf.headers().get("x-content-type-options")).isEqualTo("nosniff");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

    row.locator("td.number a").click();
    assertThat(portal.locator("h1")).hasText("Invoice INV-0001");
    assertThat(portal.locator(".portal-nav a[highlight]")).hasText("Billing");
    assertThat(portal.locator(".open-amount")).containsText("EUR 999.88 is due on");
    assertThat(portal.locator(".invoice-lines-table")).containsText("Hosting");
    assertThat(portal.locator(".note-to-client")).hasText("Bank: DE00 1234 5678");
    assertThat(portal.locator(".payments")).containsText("EUR 500.00");
    assertThat(portal.locator(".payments")).not().containsText("TRX-77");
    assertThat(button(portal, "Pay EUR 999.88")).isVisible();
    assertThat(portal.locator("a.hosted-checkout")).hasText("Open the secure payment page");
    screenshot(portal, "billing-8-portal-invoice");
    assertFitsTheWindow(portal);

    portal.setViewportSize(390, 844);
    portal.reload();
    assertThat(portal.locator("h1")).hasText("Invoice INV-0001");
    screenshot(portal, "billing-9-portal-invoice-390");
    assertFitsTheWindow(portal);
    assertThat(
            (String)
                portal.evaluate(
                    "() => [...document.querySelectorAll('.portal-invoice *')]"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".map(e => e.className || e.tagName).join(',')"))
        .as("nothing on the invoice sticks out sideways on a phone")
        .isEmpty();
    portal.navigate(BASE + "/portal/billing");
    assertThat(portal.locator("h1")).hasText("Client Invoices");
    screenshot(portal, "billing-10-portal-list-390");
    assertFitsTheWindow(portal);
    portal.navigate(BASE + "/portal");
    assertThat(portal.locator(".pay-bills")).containsText("1 open");
    screenshot(portal, "billing-11-portal-home-390");
    assertFitsTheWindow(portal);

    // Pay: Stripe's embedded Checkout is mounted in the page with the session's client secret.
    portal.setViewportSize(1280, 860);
    fakeStripeJs(portal);
    portal.navigate(BASE + "/portal/billing/" + invoiceId);
    button(portal, "Pay EUR 999.88").click();
    Locator form = portal.locator("#stripe-checkout .fake-stripe-checkout");
    assertThat(form).isVisible();
    JsonObject session = stripe.sessionsOf(invoiceId).getLast();
    assertThat(session.get("amount_total").getAsLong()).isEqualTo(99988);
    assertThat(form).hasAttribute("data-client-secret", session.get("client_secret").getAsString());
    assertThat(form).hasAttribute("data-publishable-key", StripeTestConfig.PUBLISHABLE_KEY);
    assertThat(button(portal, "Pay EUR 999.88")).isHidden();
    screenshot(portal, "billing-12-portal-checkout");

    // Stripe sends the browser back before its webhook arrives: the page waits for it.
    String sessionId = session.get("id").getAsString();
    JsonObject paid = stripe.complete(sessionId, "paid");
    portal.navigate(BASE + "/portal/billing/" + invoiceId + "?checkout=" + sessionId);
    assertThat(portal.locator(".checkout-confirming")).containsText("Payment received, confirming");
    assertThat(portal.locator(".title-row .invoice-status")).hasText("Sent");
    screenshot(portal, "billing-13-portal-confirming");
    assertThat(postWebhook(StripeEvents.event("checkout.session.completed", paid).signed()))
        .isEqualTo(200);
    assertThat(portal.locator(".checkout-paid")).hasText("Thank you — your payment was received.");
    assertThat(portal.locator(".title-row .invoice-status")).hasText("Paid");
    assertThat(portal.locator(".payments")).containsText("Online");
    screenshot(portal, "billing-14-portal-paid");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mailbox.mailsTo(agency.clientOf1().email()).stream()
                    .anyMatch(
                        m -> m.mail().subject().equals("Payment received: invoice INV-0001")));
    portal.navigate(BASE + "/portal");
    assertThat(portal.locator(".action-card").first()).isVisible();
    assertThat(portal.locator(".pay-bills")).hasCount(0); // nothing open any more

    staff.navigate(BASE + "/staff/invoices/" + invoiceId);
    assertThat(staff.locator(".title-row .invoice-status")).hasText("Paid");
    assertThat(staff.locator(".payments")).containsText("recorded by the payment provider");
  }

  @Test
  void aBankDebitShowsAsProcessingUntilStripeConfirmsIt() {
    Agency agency = fixtures.agency("P");
    UUID invoiceId = sentInvoice(agency, "Retainer", "1000");
    Page portal = newBrowser();
    signIn(portal, agency.clientOf1().email());
    fakeStripeJs(portal);

    // Back from Stripe's page with Cancel.
    portal.navigate(BASE + "/portal/billing/" + invoiceId + "?checkout=cancelled");
    assertThat(portal.locator(".checkout-cancelled"))
        .hasText("Payment cancelled. Nothing was charged.");
    assertThat(button(portal, "Pay EUR 1,200.00")).isVisible();

    // The fallback: Stripe's hosted page, by a 303.
    APIResponse hosted =
        portal
            .request()
            .get(
                BASE + "/billing/" + invoiceId + "/checkout",
                RequestOptions.create().setMaxRedirects(0));
    assertThat(hosted.status()).isEqualTo(303);
    assertThat(hosted.headers().get("location")).startsWith("https://checkout.stripe.com/");

    button(portal, "Pay EUR 1,200.00").click();
    assertThat(portal.locator("#stripe-checkout .fake-stripe-checkout")).isVisible();
    String sessionId = stripe.sessionsOf(invoiceId).getLast().get("id").getAsString();
    JsonObject unpaid = stripe.complete(sessionId, "unpaid");
    assertThat(postWebhook(StripeEvents.event("checkout.session.completed", unpaid).signed()))
        .isEqualTo(200);

    portal.navigate(BASE + "/portal/billing/" + invoiceId + "?checkout=" + sessionId);
    assertThat(portal.locator(".checkout-processing"))
        .hasText("Your payment is processing. We'll email you when it clears.");
    assertThat(portal.locator("button.pay, vaadin-button.pay")).hasCount(0);
    screenshot(portal, "billing-15-portal-processing");
    portal.navigate(BASE + "/portal/billing/" + invoiceId);
    assertThat(portal.locator(".checkout-processing")).isVisible();
    assertThat(portal.locator("vaadin-button.pay")).hasCount(0);
    portal.setViewportSize(390, 844);
    portal.reload();
    assertThat(portal.locator(".checkout-processing")).isVisible();
    screenshot(portal, "billing-16-portal-processing-390");
    assertFitsTheWindow(portal);
    // Staff see it too, so nobody chases money that is on its way.
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/invoices/" + invoiceId);
    assertThat(staff.locator(".payment-processing")).containsText("still processing");

    JsonObject cleared = stripe.setState(sessionId, "complete", "paid");
    assertThat(
            postWebhook(
                StripeEvents.event("checkout.session.async_payment_succeeded", cleared).signed()))
        .isEqualTo(200);
    portal.reload();
    assertThat(portal.locator(".title-row .invoice-status")).hasText("Paid");
    assertThat(portal.locator(".checkout-processing")).hasCount(0);
  }

  @Test
  void aNewInvoiceFromTheListNeedsAClientAndADraftCanBeDeleted() {
    Agency agency = fixtures.agency("J");
    Page staff = newBrowser();
    signIn(staff, agency.staff().email());
    staff.navigate(BASE + "/staff/invoices");
    assertThat(staff.getByText("No invoices yet.")).isVisible();
    click(staff, "New invoice");
    assertThat(staff.locator("h1")).hasText("New invoice");
    fillLine(staff, 0, "Workshop", "1", "100", "0");
    click(staff, "Save draft");
    assertThat(staff.locator(".form-problems")).containsText("Choose the client to bill.");
    Locator client =
        staff.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Client"));
    client.fill("Client J2");
    staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Client J2")).click();
    Locator project =
        staff.getByRole(
            AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Project (optional)"));
    project.click();
    assertThat(staff.getByRole(AriaRole.OPTION)).hasText(new String[] {"Project J2"});
    staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Project J2")).click();
    click(staff, "Save draft");
    assertThat(staff.locator("h1")).hasText("Draft invoice");
    staff.waitForURL(Pattern.compile(".*/staff/invoices/[0-9a-f-]{36}$"));
    staff.reload();
    assertThat(project).hasValue("Project J2");
    assertThat(field(staff, 0, "line-description")).hasValue("Workshop");
    APIResponse preview =
        staff.request().get(BASE + staff.locator("a.pdf-link").getAttribute("href"));
    assertThat(preview.headers().get("content-disposition")).contains("draft-invoice.pdf");

    click(staff, "Delete draft");
    click(staff, "Delete");
    assertThat(staff.locator("h1")).hasText("Invoices");
    assertThat(staff.getByText("No invoices yet.")).isVisible();
  }

  @Test
  void theHomeCardShowsOnlyWhileSomethingIsOpen() {
    Agency agency = fixtures.agency("H");
    Page portal = newBrowser();
    signIn(portal, agency.clientOf1().email());
    portal.navigate(BASE + "/portal");
    assertThat(portal.locator(".action-card").first()).isVisible();
    assertThat(portal.locator(".pay-bills")).hasCount(0);

    sentInvoice(agency, "Retainer", "100");
    sentInvoice(agency, "Audit", "50");
    portal.reload();
    assertThat(portal.locator(".pay-bills")).containsText("2 open");
  }

  /** A sent invoice to the agency's first client, one line at 20 % tax. */
  private UUID sentInvoice(Agency agency, String description, String price) {
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
                          description,
                          BigDecimal.ONE,
                          new BigDecimal(price),
                          new BigDecimal("20")))));
      billing.send(id);
      return id;
    } finally {
      Fixtures.signOut();
    }
  }

  /**
   * Stripe.js as far as Portico uses it, recording what it was handed in the page: the publishable
   * key and the client secret of the Checkout Session. No request leaves the machine.
   */
  private static void fakeStripeJs(Page page) {
    page.route(
        "https://js.stripe.com/**",
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setContentType("application/javascript")
                    .setBody(
                        """
                        window.Stripe = (key) => ({
                          initEmbeddedCheckout: async (options) => {
                            const secret = options.fetchClientSecret
                                ? await options.fetchClientSecret() : options.clientSecret;
                            let form;
                            return {
                              mount: (target) => {
                                const el = typeof target === 'string'
                                    ? document.querySelector(target) : target;
                                form = document.createElement('div');
                                form.className = 'fake-stripe-checkout';
                                form.dataset.publishableKey = key;
                                form.dataset.clientSecret = secret;
                                form.textContent = 'Stripe Checkout (test double)';
                                el.appendChild(form);
                              },
                              destroy: () => form && form.remove(),
                            };
                          },
                        });
                        """)));
  }

  /** Posts a webhook delivery as Stripe does: the raw JSON and its signature header. */
  private static int postWebhook(StripeEvents.Delivery delivery) {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
              HttpRequest.newBuilder(URI.create(BASE + "/webhooks/stripe"))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .header("Stripe-Signature", delivery.signature())
                  .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  /**
   * A screenshot of the window once dialogs and menus finished opening or closing (a full-page
   * screenshot leaves out a dialog in the browser's top layer).
   */
  private static void settled(Page page, String name) {
    page.waitForTimeout(500);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
  }

  private static void fillLine(
      Page page, int index, String description, String quantity, String price, String tax) {
    field(page, index, "line-description").fill(description);
    field(page, index, "line-quantity").fill(quantity);
    field(page, index, "line-price").fill(price);
    field(page, index, "line-tax").fill(tax);
  }

  private static Locator field(Page page, int line, String className) {
    return page.locator(".invoice-line").nth(line).locator("." + className + " input");
  }

  private static Locator lineAmount(Page page, int line) {
    return page.locator(".invoice-line").nth(line).locator(".line-amount span").last();
  }

  private static Locator total(Page page, String which) {
    return page.locator(".invoice-totals .total-" + which + " .value");
  }

  private static void choose(Page page, String select, String option) {
    Selects.choose(page.locator(select), option);
  }

  private static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }
}
