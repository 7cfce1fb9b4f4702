package dev.portico.payment.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.invoice.PortalInvoices.PortalInvoice;
import dev.portico.payment.InvoiceCheckout;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pay panel when online payment is not set up (the browser tests run with Stripe set up against
 * a stub, one application context for all of them): the client is told how else to pay, and no
 * checkout is started.
 */
class StripePaymentTest {

  private final InvoiceCheckout checkout = mock(InvoiceCheckout.class);
  private final StripePayment payment = new StripePayment(checkout, mock(PortalInvoices.class));

  private static final PortalInvoice OPEN =
      new PortalInvoice(
          UUID.randomUUID(),
          "INV-0042",
          InvoiceStatus.SENT,
          null,
          "EUR",
          LocalDate.now(),
          LocalDate.now().plusDays(14),
          null,
          List.of(),
          10000,
          2000,
          12000,
          0,
          12000,
          null,
          List.of());

  @Test
  void withoutStripeTheClientIsToldToPayByBankTransferInsteadOfAPayButton() {
    when(checkout.available()).thenReturn(false);
    when(checkout.notConfiguredMessage())
        .thenReturn("Online payment is not set up for this portal yet. Pay by bank transfer.");

    Component panel = payment.panel(OPEN, null, () -> {});

    assertThat(texts(panel))
        .contains("Online payment is not set up for this portal yet. Pay by bank transfer.");
    assertThat(all(panel).filter(Button.class::isInstance)).as("no Pay button").isEmpty();
    verify(checkout, never()).start(OPEN.id(), true);
  }

  @Test
  void withStripeThereIsAPayButtonForTheOpenAmount() {
    when(checkout.available()).thenReturn(true);

    Component panel = payment.panel(OPEN, null, () -> {});

    assertThat(all(panel).filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
        .containsExactly("Pay EUR 120.00");
  }

  private static Stream<Component> all(Component c) {
    return Stream.concat(Stream.of(c), c.getChildren().flatMap(StripePaymentTest::all));
  }

  private static List<String> texts(Component panel) {
    return all(panel).map(c -> c.getElement().getText()).filter(t -> !t.isBlank()).toList();
  }
}
