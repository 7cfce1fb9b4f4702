package dev.portico.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoicePayments;
import dev.portico.invoice.PortalInvoices;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.CurrentUser;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import dev.portico.testsupport.StripeEvents;
import dev.portico.testsupport.StripeEvents.Delivery;
import dev.portico.testsupport.StripeStub;
import dev.portico.testsupport.StripeTestConfig;
import dev.portico.workspace.PortalLinks;
import dev.portico.workspace.WorkspaceSettings;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without Stripe keys (the embedded default) online payment is off: clients are told to pay by bank
 * transfer, nothing reaches Stripe, and webhooks are refused. The services are built here with
 * empty settings around the shared context's real beans (a context of its own would start another
 * database and engine).
 */
@IntegrationTest
class StripeNotConfiguredIT {

  @Autowired Fixtures fixtures;
  @Autowired InvoiceBilling billing;
  @Autowired InvoicePayments payments;
  @Autowired PortalInvoices portalInvoices;
  @Autowired WorkspaceSettings workspaces;
  @Autowired PortalLinks links;
  @Autowired CurrentUser currentUser;
  @Autowired CheckoutLedger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired StripeStub stripe;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  private InvoiceCheckout checkout(StripeSettings settings) {
    return new InvoiceCheckout(
        settings,
        new StripeGateway(settings),
        ledger,
        payments,
        portalInvoices,
        billing,
        workspaces,
        links,
        currentUser);
  }

  @Test
  void withoutKeysClientsAreToldToPayByBankTransferAndStripeIsNeverCalled() {
    Agency a = fixtures.agency("NA");
    Invoicing invoicing = new Invoicing(billing, clock);
    UUID open = invoicing.sent(a, a.client1(), "100");
    UUID otherCompany = invoicing.sent(a, a.client2(), "100");
    InvoiceCheckout off = checkout(new StripeSettings("", "", "", null));
    InvoiceCheckout halfway = checkout(new StripeSettings("sk_test_x", null, "whsec_x", null));
    int before = stripe.requests().size();

    Fixtures.signIn(a.clientOf1());
    assertThat(off.available()).isFalse();
    assertThat(halfway.available()).as("the publishable key is missing").isFalse();
    assertThatThrownBy(() -> off.start(open, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Online payment is not set up for this portal yet. Pay by bank transfer using the"
                + " details on the invoice, or ask "
                + workspaces.policyOf(a.workspaceId()).branding().agencyName()
                + " for help.");
    assertThatThrownBy(() -> halfway.start(open, false)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> off.start(otherCompany, true))
        .as("what the client cannot pay stays not found")
        .isInstanceOf(NotFoundException.class);
    assertThat(off.processing(open)).isFalse();
    assertThat(stripe.requests()).hasSize(before);
  }

  @Test
  void withoutAWebhookSecretEveryEventIsRejected() {
    StripeWebhooks off =
        new StripeWebhooks(
            new StripeSettings("sk_test_x", "pk_test_x", " ", null), ledger, payments, tx);
    Delivery signed =
        StripeEvents.event(
                StripeWebhooks.COMPLETED,
                StripeEvents.session(
                    "complete",
                    "paid",
                    100,
                    "eur",
                    "pi_test_off",
                    Map.of("invoice_id", UUID.randomUUID().toString())))
            .signed();

    assertThatThrownBy(() -> off.handle(signed.payload(), signed.signature()))
        .isInstanceOf(StripeWebhookRejected.class)
        .hasMessageContaining("STRIPE_WEBHOOK_SECRET");
    assertThat(StripeTestConfig.WEBHOOK_SECRET).startsWith("whsec_");
  }
}
