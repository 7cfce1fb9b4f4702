package dev.portico.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.payment.StripeWebhooks.Outcome;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.StripeEvents;
import dev.portico.testsupport.StripeEvents.Delivery;
import dev.portico.testsupport.StripeStub;
import dev.portico.testsupport.StripeTestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe's webhooks end to end: signed events built from Stripe's published fixtures, the real
 * payment contract (invoice paid, dunning flow told, receipt mailed), duplicates, events out of
 * order, delayed payments, and requests that are not genuine.
 */
@IntegrationTest
class StripeWebhookIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired InvoiceCheckout checkout;
  @Autowired StripeWebhooks webhooks;
  @Autowired StripeStub stripe;
  @Autowired DevMailbox mailbox;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  Invoicing invoicing;

  @BeforeEach
  void invoicing() {
    invoicing = new Invoicing(billing, clock);
  }

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void aVerifiedCompletedCheckoutMarksTheInvoicePaidWithOneReceipt() {
    Agency a = fixtures.agency("WA");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());

    JsonObject paid = stripe.complete(session, "paid");
    Outcome outcome = deliver(StripeEvents.event(StripeWebhooks.COMPLETED, paid).signed());

    assertThat(outcome).isEqualTo(Outcome.HANDLED);
    InvoiceDetail detail = detail(a, sent.id());
    assertThat(detail.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(detail.payments())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.amountMinor()).isEqualTo(110000);
              assertThat(p.reference()).isEqualTo(paid.get("payment_intent").getAsString());
              assertThat(p.needsReview()).isFalse();
            });
    assertThat(checkoutStatus(session)).isEqualTo("PAID");
    awaitReceipts(a, sent, 1);
  }

  @Test
  void requestsThatAreNotGenuineAreRejectedAndChangeNothing() {
    Agency a = fixtures.agency("WB");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());
    StripeEvents.Draft event =
        StripeEvents.event(StripeWebhooks.COMPLETED, stripe.complete(session, "paid"));
    Delivery genuine = event.signed();

    Map<String, Delivery> forged =
        Map.of(
            "wrong secret",
            event.signed("whsec_someone_else", Instant.now()),
            "stale timestamp (10 minutes old)",
            event.signed(StripeTestConfig.WEBHOOK_SECRET, Instant.now().minusSeconds(600)),
            "payload changed after signing",
            new Delivery(
                genuine.eventId(), genuine.payload().replace("110000", "1"), genuine.signature()),
            "garbage header",
            new Delivery(genuine.eventId(), genuine.payload(), "v1=deadbeef"),
            "empty header",
            new Delivery(genuine.eventId(), genuine.payload(), ""),
            "no header",
            new Delivery(genuine.eventId(), genuine.payload(), null));
    forged.forEach(
        (what, delivery) ->
            assertThatThrownBy(() -> deliver(delivery))
                .as(what)
                .isInstanceOf(StripeWebhookRejected.class));

    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.SENT);
    assertThat(detail(a, sent.id()).payments()).isEmpty();
    assertThat(eventStored(genuine.eventId())).isFalse();
    assertThat(checkoutStatus(session)).isEqualTo("OPEN");

    assertThat(deliver(genuine)).as("the genuine one still counts").isEqualTo(Outcome.HANDLED);
  }

  @Test
  void theSameEventDeliveredFiveTimesAtOncePaysOnceWithOneReceipt() throws Exception {
    Agency a = fixtures.agency("WC");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());
    Delivery delivery =
        StripeEvents.event(StripeWebhooks.COMPLETED, stripe.complete(session, "paid")).signed();

    List<Outcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Callable<Outcome>> calls = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(() -> webhooks.handle(delivery.payload(), delivery.signature()));
      }
      for (Future<Outcome> f : pool.invokeAll(calls)) {
        outcomes.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(outcomes)
        .containsOnlyOnce(Outcome.HANDLED)
        .filteredOn(o -> o == Outcome.DUPLICATE)
        .hasSize(4);
    assertThat(deliver(delivery)).isEqualTo(Outcome.DUPLICATE);
    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(detail(a, sent.id()).payments()).hasSize(1);
    awaitReceipts(a, sent, 1);
    // the receipt mail is sent once the flow ended; give a duplicate time to show up
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> receipts(a, sent) == 1);
  }

  @Test
  void eventsOutOfOrderEndInTheRightState() {
    Agency a = fixtures.agency("WD");
    Sent sent = sent(a);
    String older = startCheckout(a, sent.id());
    JsonObject olderSession = stripe.session(older);
    Fixtures.signIn(a.clientOf1());
    String newer = checkout.start(sent.id(), false).sessionId(); // the client switched to hosted
    Fixtures.signOut();
    assertThat(newer).isNotEqualTo(older);

    // A bank debit: Stripe sends "completed" (unpaid), later "async_payment_succeeded". Here they
    // arrive the other way round, with a redelivery, and the older session's expiry comes last.
    JsonObject unpaid = stripe.complete(newer, "unpaid");
    JsonObject paid = stripe.setState(newer, "complete", "paid");
    StripeEvents.Draft succeeded = StripeEvents.event(StripeWebhooks.ASYNC_SUCCEEDED, paid);
    olderSession.addProperty("status", "expired");

    assertThat(deliver(succeeded.signed())).isEqualTo(Outcome.HANDLED);
    assertThat(deliver(StripeEvents.event(StripeWebhooks.COMPLETED, unpaid).signed()))
        .isEqualTo(Outcome.HANDLED);
    assertThat(deliver(succeeded.signed())).isEqualTo(Outcome.DUPLICATE);
    assertThat(deliver(StripeEvents.event(StripeWebhooks.EXPIRED, olderSession).signed()))
        .isEqualTo(Outcome.HANDLED);

    assertThat(checkoutStatus(newer)).as("processing never goes back over paid").isEqualTo("PAID");
    assertThat(checkoutStatus(older)).isEqualTo("EXPIRED");
    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(detail(a, sent.id()).payments()).hasSize(1);
    Fixtures.signIn(a.clientOf1());
    assertThat(checkout.processing(sent.id())).isFalse();
    awaitReceipts(a, sent, 1);
  }

  @Test
  void aDelayedPaymentIsProcessingUntilStripeConfirmsIt() {
    Agency a = fixtures.agency("WE");
    Agency b = fixtures.agency("WF");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());

    JsonObject unpaid = stripe.complete(session, "unpaid");
    assertThat(deliver(StripeEvents.event(StripeWebhooks.COMPLETED, unpaid).signed()))
        .isEqualTo(Outcome.HANDLED);

    assertThat(detail(a, sent.id()).status()).as("not paid yet").isEqualTo(InvoiceStatus.SENT);
    assertThat(detail(a, sent.id()).payments()).isEmpty();
    for (var who : List.of(a.clientOf1(), a.staff(), a.owner())) {
      Fixtures.signIn(who);
      assertThat(checkout.processing(sent.id())).as(who.email()).isTrue();
    }
    for (var who : List.of(a.clientOf2(), b.staff(), b.clientOf1())) {
      Fixtures.signIn(who);
      assertThatThrownBy(() -> checkout.processing(sent.id()))
          .as(who.email())
          .isInstanceOf(NotFoundException.class);
    }
    Fixtures.signOut();

    JsonObject paid = stripe.setState(session, "complete", "paid");
    assertThat(deliver(StripeEvents.event(StripeWebhooks.ASYNC_SUCCEEDED, paid).signed()))
        .isEqualTo(Outcome.HANDLED);

    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.PAID);
    Fixtures.signIn(a.clientOf1());
    assertThat(checkout.processing(sent.id())).isFalse();
    Fixtures.signOut();
    awaitReceipts(a, sent, 1);
  }

  @Test
  void aFailedDelayedPaymentLeavesTheInvoiceOpenForANewCheckout() {
    Agency a = fixtures.agency("WG");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());
    JsonObject unpaid = stripe.complete(session, "unpaid");
    deliver(StripeEvents.event(StripeWebhooks.COMPLETED, unpaid).signed());

    assertThat(deliver(StripeEvents.event(StripeWebhooks.ASYNC_FAILED, unpaid).signed()))
        .isEqualTo(Outcome.HANDLED);

    assertThat(checkoutStatus(session)).isEqualTo("FAILED");
    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.SENT);
    Fixtures.signIn(a.clientOf1());
    assertThat(checkout.processing(sent.id())).isFalse();
    String next = checkout.start(sent.id(), true).sessionId();
    assertThat(next).isNotEqualTo(session);
    assertThat(stripe.creations(sent.id()).get(1).idempotencyKey())
        .isEqualTo("portico-checkout-" + sent.id() + "-2");
  }

  @Test
  void aPaymentForAVoidInvoiceIsRecordedForReviewNotMarkedPaid() {
    Agency a = fixtures.agency("WH");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());
    invoicing.voidIt(a, sent.id());

    Outcome outcome =
        deliver(
            StripeEvents.event(StripeWebhooks.COMPLETED, stripe.complete(session, "paid"))
                .signed());

    assertThat(outcome).isEqualTo(Outcome.HANDLED);
    InvoiceDetail detail = detail(a, sent.id());
    assertThat(detail.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(detail.payments())
        .singleElement()
        .satisfies(p -> assertThat(p.needsReview()).as("flagged for staff").isTrue());
    assertThat(detail.history())
        .extracting(AuditTrail.Entry::action)
        .contains("Payment needs review");
    await()
        .atMost(WAIT)
        .until(
            () ->
                mailbox.mailsTo(a.owner().email()).stream()
                    .anyMatch(m -> m.mail().subject().startsWith("Payment to review")));
  }

  @Test
  void eventsForNoKnownInvoiceAndOtherTypesAreStoredAndIgnored() {
    Agency a = fixtures.agency("WI");
    Sent sent = sent(a);

    StripeEvents.Draft unknown =
        StripeEvents.event(
            StripeWebhooks.COMPLETED,
            StripeEvents.session(
                "complete",
                "paid",
                110000,
                "eur",
                "pi_test_unknown",
                Map.of("invoice_id", UUID.randomUUID().toString())));
    StripeEvents.Draft noCheckout =
        StripeEvents.event(
            StripeWebhooks.COMPLETED,
            StripeEvents.session(
                "complete",
                "paid",
                110000,
                "eur",
                "pi_test_nocheckout",
                Map.of("invoice_id", sent.id().toString())));
    StripeEvents.Draft noMetadata =
        StripeEvents.event(
            StripeWebhooks.COMPLETED,
            StripeEvents.session("complete", "paid", 100, "eur", "pi_test_x", Map.of()));
    JsonObject plan =
        StripeEvents.fixture("event").getAsJsonObject("data").getAsJsonObject("object");
    StripeEvents.Draft otherType = StripeEvents.event("plan.created", plan);

    for (StripeEvents.Draft event : List.of(unknown, noCheckout, noMetadata, otherType)) {
      Delivery d = event.signed();
      assertThat(deliver(d)).as(event.json().toString()).isEqualTo(Outcome.IGNORED);
      assertThat(eventStored(d.eventId())).isTrue();
      assertThat(deliver(d)).isEqualTo(Outcome.DUPLICATE);
    }
    assertThat(outcomeOf(unknown.id())).startsWith("IGNORED: unknown invoice");
    assertThat(outcomeOf(otherType.id())).startsWith("IGNORED");
    assertThat(detail(a, sent.id()).status())
        .as("an invoice Portico started no checkout for is not paid by a stray event")
        .isEqualTo(InvoiceStatus.SENT);
  }

  @Test
  void eventsOfAnotherApiVersionAreReadFromTheirJson() {
    Agency a = fixtures.agency("WJ");
    Sent sent = sent(a);
    String session = startCheckout(a, sent.id());
    JsonObject paid = stripe.complete(session, "paid");

    StripeEvents.Draft older =
        StripeEvents.event(StripeWebhooks.COMPLETED, paid).apiVersion("2020-08-27");
    assertThat(deliver(older.signed())).isEqualTo(Outcome.HANDLED);
    assertThat(detail(a, sent.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(outcomeOf(older.id())).isEqualTo("HANDLED: payment PAID");

    Sent another = sent(a);
    String second = startCheckout(a, another.id());
    StripeEvents.Draft unversioned =
        StripeEvents.event(StripeWebhooks.EXPIRED, stripe.expire(second)).apiVersion(null);
    assertThat(deliver(unversioned.signed())).isEqualTo(Outcome.HANDLED);
    assertThat(checkoutStatus(second)).isEqualTo("EXPIRED");
  }

  // --- helpers ---

  record Sent(UUID id, String number) {}

  /** A sent invoice of EUR 1,100.00 to client 1, once its invoice mail went out. */
  private Sent sent(Agency a) {
    UUID id = invoicing.sent(a, a.client1(), "1000");
    String number = invoicing.number(a, id);
    await()
        .atMost(WAIT)
        .until(
            () ->
                mailbox.mailsTo(a.clientOf1().email()).stream()
                    .anyMatch(m -> m.mail().subject().startsWith("Invoice " + number + " from")));
    return new Sent(id, number);
  }

  private String startCheckout(Agency a, UUID invoiceId) {
    Fixtures.signIn(a.clientOf1());
    try {
      return checkout.start(invoiceId, true).sessionId();
    } finally {
      Fixtures.signOut();
    }
  }

  /** As Stripe calls: no one signed in. */
  private Outcome deliver(Delivery d) {
    Fixtures.signOut();
    return webhooks.handle(d.payload(), d.signature());
  }

  private InvoiceDetail detail(Agency a, UUID id) {
    Fixtures.signIn(a.staff());
    try {
      return billing.detail(id);
    } finally {
      Fixtures.signOut();
    }
  }

  private long receipts(Agency a, Sent sent) {
    return mailbox.mailsTo(a.clientOf1().email()).stream()
        .filter(m -> m.mail().subject().equals("Payment received: invoice " + sent.number()))
        .count();
  }

  private void awaitReceipts(Agency a, Sent sent, int count) {
    await().atMost(WAIT).until(() -> receipts(a, sent) >= count);
    assertThat(receipts(a, sent)).isEqualTo(count);
  }

  private String checkoutStatus(String sessionId) {
    return jdbc.sql("select status from invoice_checkout where stripe_session_id = ?")
        .param(sessionId)
        .query(String.class)
        .single();
  }

  private boolean eventStored(String eventId) {
    return jdbc.sql("select count(*) from stripe_event where event_id = ?")
            .param(eventId)
            .query(Integer.class)
            .single()
        == 1;
  }

  private String outcomeOf(String eventId) {
    return jdbc.sql("select outcome from stripe_event where event_id = ?")
        .param(eventId)
        .query(String.class)
        .single();
  }
}
