package dev.portico.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.testsupport.BrowserTest;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.StripeEvents;
import dev.portico.testsupport.StripeEvents.Delivery;
import dev.portico.testsupport.StripeStub;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /webhooks/stripe} over HTTP as Stripe calls it: no session, no CSRF token, only the
 * signature. A forged delivery is refused with 400 and changes nothing; a genuine one is handled
 * once; no delivery ever gets a session cookie.
 */
class StripeWebhookEndpointTest extends BrowserTest {

  @Autowired InvoiceBilling billing;
  @Autowired InvoiceCheckout checkout;
  @Autowired StripeStub stripe;
  @Autowired Clock clock;

  @Test
  void onlyASignedDeliveryCountsAndNoneGetsASession() throws Exception {
    Agency agency = fixtures.agency("W");
    UUID invoiceId = sentInvoice(agency);
    Fixtures.signIn(agency.clientOf1());
    String sessionId = checkout.start(invoiceId, true).sessionId();
    Fixtures.signOut();
    JsonObject paid = stripe.complete(sessionId, "paid");
    StripeEvents.Draft event = StripeEvents.event("checkout.session.completed", paid);

    HttpResponse<String> forged =
        post(event.signed("whsec_someone_else", Instant.now()).payload(), forgedSignature(event));
    assertThat(forged.statusCode()).isEqualTo(400);
    HttpResponse<String> unsigned = post(event.signed().payload(), null);
    assertThat(unsigned.statusCode()).isEqualTo(400);
    Delivery genuine = event.signed();
    HttpResponse<String> tampered =
        post(genuine.payload().replace("\"paid\"", "\"unpaid\""), genuine.signature());
    assertThat(tampered.statusCode()).as("the signature covers every byte").isEqualTo(400);
    assertThat(status(agency, invoiceId)).as("nothing changed").isEqualTo(InvoiceStatus.SENT);

    HttpResponse<String> handled = post(genuine.payload(), genuine.signature());
    assertThat(handled.statusCode()).isEqualTo(200);
    assertThat(handled.body()).isEqualTo("HANDLED");
    HttpResponse<String> again = post(genuine.payload(), genuine.signature());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo("DUPLICATE");
    assertThat(status(agency, invoiceId)).isEqualTo(InvoiceStatus.PAID);

    for (HttpResponse<String> r : List.of(forged, unsigned, tampered, handled, again)) {
      assertThat(r.headers().allValues("set-cookie")).as("no session").isEmpty();
      assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }
  }

  private static String forgedSignature(StripeEvents.Draft event) {
    return event.signed("whsec_someone_else", Instant.now()).signature();
  }

  private static HttpResponse<String> post(String payload, String signature)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + "/webhooks/stripe"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private InvoiceStatus status(Agency agency, UUID invoiceId) {
    Fixtures.signIn(agency.staff());
    try {
      return billing.detail(invoiceId).status();
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
                          "Support", BigDecimal.ONE, new BigDecimal("80"), BigDecimal.ZERO))));
      billing.send(id);
      return id;
    } finally {
      Fixtures.signOut();
    }
  }
}
