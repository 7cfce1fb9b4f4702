package dev.portico.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The client's invoices on the portal, and the online payment contract the payment integration
 * codes against (what a client may pay; what a verified webhook records).
 */
@IntegrationTest
class PortalInvoicesIT {

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired PortalInvoices portal;
  @Autowired InvoicePayments payments;
  @Autowired InvoiceDocuments documents;
  @Autowired DevMailbox mailbox;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  private UUID invoice(Agency a, UUID clientId, String description, String price, boolean send) {
    Fixtures.signIn(a.staff());
    LocalDate today = LocalDate.now(clock);
    UUID id =
        billing.createDraft(
            clientId,
            null,
            new InvoiceForm(
                "EUR",
                today,
                today.plusDays(10),
                "Bank: DE00 1234",
                List.of(
                    new InvoiceForm.Line(
                        description,
                        BigDecimal.ONE,
                        new BigDecimal(price),
                        new BigDecimal("10")))));
    if (send) {
      billing.send(id);
    }
    Fixtures.signOut();
    return id;
  }

  @Test
  void theClientSeesItsCompanysSentInvoicesWithWhatIsOpen() throws Exception {
    Agency a = fixtures.agency("PA");
    UUID open = invoice(a, a.client1(), "Website build", "1000", true);
    UUID paid = invoice(a, a.client1(), "Logo", "200", true);
    UUID draft = invoice(a, a.client1(), "Not yet", "50", false);
    UUID otherCompany = invoice(a, a.client2(), "App", "300", true);
    Fixtures.signIn(a.staff());
    billing.recordManualPayment(open, new BigDecimal("100"), LocalDate.now(clock), null);
    billing.recordManualPayment(paid, new BigDecimal("220"), LocalDate.now(clock), null);

    Fixtures.signIn(a.clientOf1());
    var mine = portal.myInvoices();
    assertThat(mine)
        .extracting(PortalInvoices.PortalInvoice::id)
        .containsExactlyInAnyOrder(open, paid);
    assertThat(mine)
        .extracting(PortalInvoices.PortalInvoice::id)
        .doesNotContain(draft, otherCompany);
    var seen = portal.invoice(open);
    assertThat(seen.status()).isEqualTo(InvoiceStatus.SENT);
    assertThat(seen.totalMinor()).isEqualTo(110000);
    assertThat(seen.paidMinor()).isEqualTo(10000);
    assertThat(seen.openMinor()).isEqualTo(100000);
    assertThat(seen.payable()).isTrue();
    assertThat(seen.dueDate()).isEqualTo(LocalDate.now(clock).plusDays(10));
    assertThat(seen.noteToClient()).isEqualTo("Bank: DE00 1234");
    assertThat(seen.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.description()).isEqualTo("Website build");
              assertThat(l.taxMinor()).isEqualTo(10000);
              assertThat(l.totalMinor()).isEqualTo(110000);
            });
    assertThat(portal.invoice(paid).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(portal.openCount()).as("only the open one waits for payment").isEqualTo(1);

    var pdf = documents.pdf(open);
    assertThat(pdf.fileName()).matches("INV-\\d{4}\\.pdf");
    assertThat(InvoicePdfTest.text(pdf.content()))
        .contains(portal.invoice(open).number(), "Client PA1", "EUR 1,100.00", "EUR 1,000.00");

    Fixtures.signIn(a.clientOf2());
    assertThat(portal.openCount()).isEqualTo(1);
    assertThat(portal.myInvoices())
        .extracting(PortalInvoices.PortalInvoice::id)
        .containsExactly(otherCompany);
  }

  @Test
  void onlyAnOpenInvoiceOfTheClientsOwnCompanyIsPayable() {
    Agency a = fixtures.agency("PB");
    UUID open = invoice(a, a.client1(), "Retainer", "500", true);
    UUID draft = invoice(a, a.client1(), "Draft", "500", false);
    UUID other = invoice(a, a.client2(), "Other", "500", true);

    Fixtures.signIn(a.clientOf1());
    var payable = payments.payableForCurrentClient(open).orElseThrow();
    assertThat(payable.invoiceId()).isEqualTo(open);
    assertThat(payable.workspaceId()).isEqualTo(a.workspaceId());
    assertThat(payable.number()).startsWith("INV-");
    assertThat(payable.currency()).isEqualTo("EUR");
    assertThat(payable.openAmountMinor()).isEqualTo(55000);
    assertThat(payable.clientEmail()).isEqualTo(a.clientOf1().email());
    assertThat(payable.workspaceName()).startsWith("Agency PB");
    assertThat(payments.payableForCurrentClient(draft)).isEmpty();
    assertThat(payments.payableForCurrentClient(other)).isEmpty();
    assertThat(payments.payableForCurrentClient(UUID.randomUUID())).isEmpty();

    Fixtures.signOut();
    payments.recordOnlinePayment(open, 55000, "EUR", "pi_" + UUID.randomUUID());
    Fixtures.signIn(a.clientOf1());
    assertThat(payments.payableForCurrentClient(open)).as("paid: nothing to pay").isEmpty();
  }

  @Test
  void aWebhookDeliveredTwiceRecordsOnceAndPaysTheInvoice() {
    Agency a = fixtures.agency("PC");
    UUID id = invoice(a, a.client1(), "Sprint 1", "1000", true);
    String ref = "pi_" + UUID.randomUUID();

    PaymentOutcome part = payments.recordOnlinePayment(id, 10000, "eur", ref + "-a");
    assertThat(part.result()).isEqualTo(PaymentOutcome.Result.PARTIALLY_PAID);
    assertThat(part.openAmountMinor()).isEqualTo(100000);

    PaymentOutcome first = payments.recordOnlinePayment(id, 100000, "EUR", ref);
    PaymentOutcome again = payments.recordOnlinePayment(id, 100000, "EUR", ref);

    assertThat(first.result()).isEqualTo(PaymentOutcome.Result.PAID);
    assertThat(first.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(first.flaggedForStaff()).isFalse();
    assertThat(again.result()).isEqualTo(PaymentOutcome.Result.ALREADY_RECORDED);
    assertThat(
            jdbc.sql("select count(*) from invoice_payment where invoice_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    Fixtures.signIn(a.staff());
    var detail = billing.detail(id);
    assertThat(detail.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(detail.payments())
        .extracting(InvoiceDetail.PaymentRow::method)
        .containsOnly(PaymentMethod.ONLINE);
    assertThat(detail.payments())
        .extracting(InvoiceDetail.PaymentRow::recordedBy)
        .containsOnlyNulls();
  }

  @Test
  void aSignedInPersonCannotRecordAnOnlinePayment() {
    Agency a = fixtures.agency("PD");
    UUID id = invoice(a, a.client1(), "Audit", "100", true);
    for (var who : List.of(a.clientOf1(), a.staff(), a.owner())) {
      Fixtures.signIn(who);
      assertThatThrownBy(() -> payments.recordOnlinePayment(id, 11000, "EUR", "pi_x"))
          .isInstanceOf(AccessDeniedException.class);
    }
    Fixtures.signOut();
    assertThatThrownBy(() -> payments.recordOnlinePayment(UUID.randomUUID(), 1, "EUR", "pi_y"))
        .isInstanceOf(NotFoundException.class);
    UUID draft = invoice(a, a.client1(), "Draft", "100", false);
    assertThatThrownBy(() -> payments.recordOnlinePayment(draft, 1, "EUR", "pi_z"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void moneyForAVoidInvoiceOrInAnotherCurrencyIsFlaggedForStaffNotDropped() {
    Agency a = fixtures.agency("PE");
    UUID voided = invoice(a, a.client1(), "Cancelled work", "100", true);
    UUID open = invoice(a, a.client1(), "Open work", "100", true);
    Fixtures.signIn(a.staff());
    billing.voidInvoice(voided, "Duplicate of another invoice");
    Fixtures.signOut();

    PaymentOutcome onVoid = payments.recordOnlinePayment(voided, 11000, "EUR", "pi_void");
    assertThat(onVoid.result()).isEqualTo(PaymentOutcome.Result.RECORDED_FOR_REVIEW);
    assertThat(onVoid.flaggedForStaff()).isTrue();
    assertThat(onVoid.status()).isEqualTo(InvoiceStatus.VOID);

    PaymentOutcome dollars = payments.recordOnlinePayment(open, 11000, "USD", "pi_usd");
    assertThat(dollars.result()).isEqualTo(PaymentOutcome.Result.CURRENCY_MISMATCH);
    assertThat(payments.recordOnlinePayment(open, 11000, "USD", "pi_usd").result())
        .isEqualTo(PaymentOutcome.Result.CURRENCY_MISMATCH);

    PaymentOutcome over = payments.recordOnlinePayment(open, 12000, "EUR", "pi_over");
    assertThat(over.result()).isEqualTo(PaymentOutcome.Result.PAID);
    assertThat(over.flaggedForStaff()).as("EUR 10.00 too much").isTrue();

    Fixtures.signIn(a.staff());
    var v = billing.detail(voided);
    assertThat(v.payments()).singleElement().satisfies(p -> assertThat(p.needsReview()).isTrue());
    assertThat(v.history()).extracting(AuditTrail.Entry::action).contains("Payment needs review");
    var o = billing.detail(open);
    assertThat(o.payments())
        .as("the dollars were not recorded")
        .singleElement()
        .satisfies(p -> assertThat(p.amountMinor()).isEqualTo(12000));
    assertThat(o.history())
        .filteredOn(e -> e.action().equals("Payment needs review"))
        .extracting(AuditTrail.Entry::detail)
        .anySatisfy(d -> assertThat(d).contains("USD 110.00", "not recorded"))
        .anySatisfy(d -> assertThat(d).contains("EUR 10.00 more than was open"))
        .hasSize(2);
    assertThat(billing.list(null))
        .filteredOn(InvoiceRow::needsReview)
        .extracting(InvoiceRow::id)
        .containsExactlyInAnyOrder(voided, open);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                mailbox.mailsTo(a.owner().email()).stream()
                        .filter(m -> m.mail().subject().startsWith("Payment to review"))
                        .count()
                    == 3);
  }
}
