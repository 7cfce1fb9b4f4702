package dev.portico.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.payment.InvoiceCheckout.Checkout;
import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.StripeStub;
import dev.portico.testsupport.StripeStub.Request;
import dev.portico.testsupport.StripeTestConfig;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting a Stripe Checkout for an invoice, against the local Stripe stub: what Portico asks
 * Stripe for, that a retry never creates a second session, who may pay what, and the status on the
 * return page.
 */
@IntegrationTest
class StripeCheckoutIT {

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portal;
  @Autowired InvoiceCheckout checkout;
  @Autowired StripeStub stripe;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  Invoicing invoicing;

  @BeforeEach
  void invoicing() {
    invoicing = new Invoicing(billing, clock);
  }

  @AfterEach
  void signOut() {
    stripe.failWith(0);
    Fixtures.signOut();
  }

  @Test
  void anEmbeddedCheckoutAsksStripeForTheOpenAmountWithTheInvoicesMetadataAndKey() {
    Agency a = fixtures.agency("SA");
    UUID id = invoicing.sent(a, a.client1(), "1000");
    String number = invoicing.number(a, id);

    Fixtures.signIn(a.clientOf1());
    assertThat(checkout.available()).isTrue();
    Checkout started = checkout.start(id, true);

    assertThat(started.publishableKey()).isEqualTo(StripeTestConfig.PUBLISHABLE_KEY);
    assertThat(started.sessionId()).startsWith("cs_test_");
    assertThat(started.clientSecret()).startsWith(started.sessionId() + "_secret_");
    assertThat(started.url()).as("embedded: no page to redirect to").isNull();

    Request request = single(stripe.creations(id));
    assertThat(request.authorization()).isEqualTo("Bearer " + StripeTestConfig.SECRET_KEY);
    assertThat(request.idempotencyKey()).isEqualTo("portico-checkout-" + id + "-1");
    assertThat(request.form())
        .containsEntry("mode", "payment")
        .containsEntry("ui_mode", "embedded")
        .containsEntry("line_items[0][quantity]", "1")
        .containsEntry("line_items[0][price_data][currency]", "eur")
        .containsEntry("line_items[0][price_data][unit_amount]", "110000")
        .containsEntry("line_items[0][price_data][product_data][name]", "Invoice " + number)
        .containsEntry("customer_email", a.clientOf1().email())
        .containsEntry("client_reference_id", id.toString())
        .containsEntry("metadata[invoice_id]", id.toString())
        .containsEntry("metadata[workspace_id]", a.workspaceId().toString())
        .containsEntry("metadata[attempt]", "1")
        .containsEntry("payment_intent_data[metadata][invoice_id]", id.toString())
        .containsEntry("payment_intent_data[metadata][workspace_id]", a.workspaceId().toString())
        .containsEntry("payment_intent_data[metadata][attempt]", "1")
        .containsEntry(
            "return_url",
            "http://localhost:8080/portal/billing/" + id + "?checkout={CHECKOUT_SESSION_ID}")
        .doesNotContainKeys("success_url", "cancel_url");

    assertThat(stripe.session(started.sessionId()).get("amount_total").getAsLong())
        .isEqualTo(110000);
    assertThat(recorded(id))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.stripeSessionId()).isEqualTo(started.sessionId());
              assertThat(row.attempt()).isEqualTo(1);
              assertThat(row.uiMode()).isEqualTo("EMBEDDED");
              assertThat(row.amountMinor()).isEqualTo(110000);
              assertThat(row.currency()).isEqualTo("EUR");
              assertThat(row.status()).isEqualTo("OPEN");
              assertThat(row.workspaceId()).isEqualTo(a.workspaceId());
            });
    assertThat(portal.invoice(id).status())
        .as("starting a checkout pays nothing")
        .isEqualTo(InvoiceStatus.SENT);
  }

  @Test
  void theHostedFallbackSendsTheClientToStripesPageAndBack() {
    Agency a = fixtures.agency("SB");
    UUID id = invoicing.sent(a, a.client1(), "250");

    Fixtures.signIn(a.clientOf1());
    Checkout started = checkout.start(id, false);

    assertThat(started.url()).isEqualTo("https://checkout.stripe.com/c/pay/" + started.sessionId());
    assertThat(started.clientSecret()).isNull();
    assertThat(single(stripe.creations(id)).form())
        .containsEntry("ui_mode", "hosted")
        .containsEntry("line_items[0][price_data][unit_amount]", "27500")
        .containsEntry(
            "success_url",
            "http://localhost:8080/portal/billing/" + id + "?checkout={CHECKOUT_SESSION_ID}")
        .containsEntry(
            "cancel_url", "http://localhost:8080/portal/billing/" + id + "?checkout=cancelled")
        .doesNotContainKey("return_url");
  }

  @Test
  void aRetriedStartNeverCreatesASecondSession() {
    Agency a = fixtures.agency("SC");
    UUID id = invoicing.sent(a, a.client1(), "1000");

    Fixtures.signIn(a.clientOf1());
    Checkout first = checkout.start(id, true);
    Checkout again = checkout.start(id, true);
    assertThat(again.sessionId()).as("the open session is reused").isEqualTo(first.sessionId());
    assertThat(again.clientSecret()).isEqualTo(first.clientSecret());
    assertThat(stripe.creations(id)).hasSize(1);

    // Portico's write of the session was lost (e.g. a crash after Stripe answered): the retry asks
    // Stripe again with the same key and gets the same session back.
    jdbc.sql("delete from invoice_checkout where invoice_id = ?").param(id).update();
    Checkout retried = checkout.start(id, true);
    assertThat(retried.sessionId()).isEqualTo(first.sessionId());
    assertThat(stripe.creations(id))
        .hasSize(2)
        .extracting(Request::idempotencyKey)
        .containsOnly("portico-checkout-" + id + "-1");
    assertThat(stripe.sessionsOf(id)).as("Stripe has one session of the invoice").hasSize(1);
    assertThat(recorded(id)).hasSize(1);
  }

  @Test
  void aLostSessionWhoseKeyNoLongerFitsIsSkippedForTheNextAttempt() {
    Agency a = fixtures.agency("SN");
    UUID id = invoicing.sent(a, a.client1(), "1000");
    Fixtures.signIn(a.clientOf1());
    String lost = checkout.start(id, true).sessionId();
    // Portico's write of attempt 1 was lost, and the open amount changed since.
    jdbc.sql("delete from invoice_checkout where invoice_id = ?").param(id).update();
    invoicing.payManually(a, id, "100");

    Fixtures.signIn(a.clientOf1());
    Checkout next = checkout.start(id, true);

    assertThat(next.sessionId()).isNotEqualTo(lost);
    assertThat(stripe.creations(id))
        .extracting(Request::idempotencyKey)
        .containsExactly(
            "portico-checkout-" + id + "-1",
            "portico-checkout-" + id + "-1",
            "portico-checkout-" + id + "-2");
    assertThat(recorded(id))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.attempt()).isEqualTo(2);
              assertThat(row.amountMinor()).isEqualTo(100000);
            });
  }

  @Test
  void aChangedAmountOrModeStartsANewAttemptAndEndsTheOldSession() {
    Agency a = fixtures.agency("SD");
    UUID id = invoicing.sent(a, a.client1(), "1000");
    Fixtures.signIn(a.clientOf1());
    Checkout first = checkout.start(id, true);

    invoicing.payManually(a, id, "100");
    Fixtures.signIn(a.clientOf1());
    Checkout second = checkout.start(id, true);

    assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
    List<Request> creations = stripe.creations(id);
    assertThat(creations)
        .extracting(Request::idempotencyKey)
        .containsExactly("portico-checkout-" + id + "-1", "portico-checkout-" + id + "-2");
    assertThat(creations.get(1).form())
        .containsEntry("line_items[0][price_data][unit_amount]", "100000")
        .containsEntry("metadata[attempt]", "2");
    assertThat(stripe.session(first.sessionId()).get("status").getAsString())
        .as("the old session cannot be paid as well")
        .isEqualTo("expired");

    Checkout hosted = checkout.start(id, false);
    assertThat(hosted.sessionId()).isNotIn(first.sessionId(), second.sessionId());
    assertThat(hosted.url()).isNotNull();
    assertThat(recorded(id))
        .extracting(CheckoutRow::attempt, CheckoutRow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "EXPIRED"),
            org.assertj.core.groups.Tuple.tuple(2, "EXPIRED"),
            org.assertj.core.groups.Tuple.tuple(3, "OPEN"));
  }

  @Test
  void anExpiredSessionIsReplacedByTheNextAttempt() {
    Agency a = fixtures.agency("SE");
    UUID id = invoicing.sent(a, a.client1(), "300");
    Fixtures.signIn(a.clientOf1());
    Checkout first = checkout.start(id, true);
    stripe.expire(first.sessionId());

    Checkout next = checkout.start(id, true);

    assertThat(next.sessionId()).isNotEqualTo(first.sessionId());
    assertThat(stripe.creations(id).get(1).idempotencyKey())
        .isEqualTo("portico-checkout-" + id + "-2");
    assertThat(recorded(id)).extracting(CheckoutRow::status).containsExactly("EXPIRED", "OPEN");
  }

  @Test
  void onlyAnOpenInvoiceOfTheClientsOwnCompanyCanBePaidAndOthersNeverReachStripe() {
    Agency a = fixtures.agency("SF");
    Agency b = fixtures.agency("SG");
    UUID otherCompany = invoicing.sent(a, a.client2(), "100");
    UUID draft = invoicing.draft(a, a.client1(), "100");
    UUID paid = invoicing.sent(a, a.client1(), "100");
    invoicing.payManually(a, paid, "110");
    UUID voided = invoicing.sent(a, a.client1(), "100");
    invoicing.voidIt(a, voided);
    UUID otherAgency = invoicing.sent(b, b.client1(), "100");

    Fixtures.signIn(a.clientOf1());
    int before = stripe.requests().size();
    for (UUID id : List.of(otherCompany, draft, paid, voided, otherAgency, UUID.randomUUID())) {
      assertThatThrownBy(() -> checkout.start(id, true))
          .as("invoice %s", id)
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(stripe.requests()).as("no call to Stripe").hasSize(before);
  }

  @Test
  void whileStripeIsDownTheClientGetsAClearMessage() {
    Agency a = fixtures.agency("SH");
    UUID id = invoicing.sent(a, a.client1(), "100");
    Fixtures.signIn(a.clientOf1());
    stripe.failWith(500);

    assertThatThrownBy(() -> checkout.start(id, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not available right now")
        .hasMessageContaining("bank transfer");
    assertThat(recorded(id)).isEmpty();

    stripe.failWith(0);
    assertThat(checkout.start(id, true).sessionId()).startsWith("cs_test_");
  }

  @Test
  void theReturnPageReadsTheStatusFromStripeButDoesNotMarkTheInvoicePaid() {
    Agency a = fixtures.agency("SI");
    UUID id = invoicing.sent(a, a.client1(), "1000");
    UUID other = invoicing.sent(a, a.client1(), "200");
    Fixtures.signIn(a.clientOf1());
    String session = checkout.start(id, true).sessionId();
    String expiring = checkout.start(other, true).sessionId();

    assertThat(checkout.status(id, session)).isEqualTo(CheckoutStatus.OPEN);
    stripe.complete(session, "unpaid");
    assertThat(checkout.status(id, session)).isEqualTo(CheckoutStatus.PROCESSING);
    stripe.setState(session, "complete", "paid");
    assertThat(checkout.status(id, session)).isEqualTo(CheckoutStatus.PAID);
    assertThat(recorded(id)).extracting(CheckoutRow::status).containsExactly("PAID");
    assertThat(portal.invoice(id).status())
        .as("only the verified webhook marks the invoice paid")
        .isEqualTo(InvoiceStatus.SENT);

    stripe.expire(expiring);
    assertThat(checkout.status(other, expiring)).isEqualTo(CheckoutStatus.EXPIRED);
  }

  @Test
  void theStatusOfAnotherClientsOrAnUnknownSessionIsNotFound() {
    Agency a = fixtures.agency("SJ");
    Agency b = fixtures.agency("SK");
    UUID mine = invoicing.sent(a, a.client1(), "100");
    UUID mineToo = invoicing.sent(a, a.client1(), "100");
    UUID theirs = invoicing.sent(a, a.client2(), "100");
    Fixtures.signIn(a.clientOf1());
    String session = checkout.start(mine, true).sessionId();
    Fixtures.signIn(a.clientOf2());
    String theirSession = checkout.start(theirs, true).sessionId();

    Fixtures.signIn(a.clientOf2());
    assertThatThrownBy(() -> checkout.status(mine, session)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> checkout.status(theirs, session))
        .as("a session of another company's invoice, under an invoice of one's own")
        .isInstanceOf(NotFoundException.class);
    Fixtures.signIn(a.clientOf1());
    assertThatThrownBy(() -> checkout.status(mineToo, session))
        .as("a session of another invoice")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> checkout.status(mine, theirSession))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> checkout.status(mine, "cs_test_unknown"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> checkout.status(mine, null)).isInstanceOf(NotFoundException.class);
    Fixtures.signIn(b.clientOf1());
    assertThatThrownBy(() -> checkout.status(mine, session)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPaymentUnderWayIsNotStartedAgain() {
    Agency a = fixtures.agency("SL");
    UUID id = invoicing.sent(a, a.client1(), "100");
    Fixtures.signIn(a.clientOf1());
    String session = checkout.start(id, true).sessionId();
    stripe.complete(session, "unpaid");

    assertThatThrownBy(() -> checkout.start(id, true))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already under way");
    assertThat(checkout.processing(id)).isTrue();
    assertThat(stripe.creations(id)).hasSize(1);
  }

  @Test
  void theNotConfiguredMessageNamesTheAgency() {
    Agency a = fixtures.agency("SM");
    jdbc.sql("update workspace set support_email = ? where id = ?")
        .params("help@agency.test", a.workspaceId())
        .update();
    Fixtures.signIn(a.clientOf1());
    assertThat(checkout.notConfiguredMessage())
        .startsWith("Online payment is not set up for this portal yet.")
        .contains("Pay by bank transfer using the details on the invoice")
        .contains("ask Agency SM ")
        .endsWith("(help@agency.test) for help.");
    Fixtures.signOut();
    assertThat(checkout.notConfiguredMessage()).endsWith("or ask your agency for help.");
  }

  // --- helpers ---

  record CheckoutRow(
      String stripeSessionId,
      UUID workspaceId,
      int attempt,
      String uiMode,
      long amountMinor,
      String currency,
      String status) {}

  private List<CheckoutRow> recorded(UUID invoiceId) {
    return jdbc.sql(
            "select stripe_session_id, workspace_id, attempt, ui_mode, amount_minor, currency,"
                + " status from invoice_checkout where invoice_id = ? order by attempt")
        .param(invoiceId)
        .query(CheckoutRow.class)
        .list();
  }

  private static Request single(List<Request> requests) {
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }
}
