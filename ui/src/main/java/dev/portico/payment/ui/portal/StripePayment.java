package dev.portico.payment.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.invoice.PortalInvoices.PortalInvoice;
import dev.portico.invoice.ui.InvoiceLabels;
import dev.portico.invoice.ui.portal.InvoicePayment;
import dev.portico.payment.InvoiceCheckout;
import dev.portico.payment.InvoiceCheckout.Checkout;
import dev.portico.payment.InvoiceCheckout.CheckoutStatus;
import dev.portico.payment.ui.CheckoutRedirectController;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.ui.ViewingAs;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paying an invoice with Stripe on its portal page: the Pay button mounts Stripe's embedded
 * Checkout in the page (with a link to Stripe's own page as a fallback); coming back, what became
 * of the payment. Whether an invoice is paid is decided by Stripe's webhook alone, so after a
 * payment the page waits for it.
 */
@org.springframework.stereotype.Component
class StripePayment implements InvoicePayment {

  /** Stripe.js of the API version of Portico's Stripe SDK (clover), always from Stripe itself. */
  static final String STRIPE_JS = "https://js.stripe.com/clover/stripe.js";

  /** How long the page waits for Stripe's webhook after a payment, polling every second. */
  static final int CONFIRM_SECONDS = 30;

  private static final Logger log = LoggerFactory.getLogger(StripePayment.class);

  private final InvoiceCheckout checkout;
  private final PortalInvoices invoices;

  StripePayment(InvoiceCheckout checkout, PortalInvoices invoices) {
    this.checkout = checkout;
    this.invoices = invoices;
  }

  @Override
  public Component panel(PortalInvoice invoice, String back, Runnable refresh) {
    Div panel = new Div();
    panel.addClassName("online-payment");
    CheckoutStatus returned = returned(invoice.id(), back);
    if (CheckoutRedirectController.READ_ONLY.equals(back)) {
      ViewingAs.refusal().ifPresent(text -> panel.add(message(text, "checkout-read-only")));
    }
    if ("cancelled".equals(back)) {
      panel.add(message("Payment cancelled. Nothing was charged.", "checkout-cancelled"));
    } else if ("unavailable".equals(back) && invoice.payable()) {
      panel.add(
          message(
              "Online payment is not available right now. Please try again in a few minutes, or"
                  + " pay by bank transfer using the details on the invoice.",
              "checkout-unavailable"));
    }
    if (returned == CheckoutStatus.PAID) {
      return paid(panel, invoice, refresh);
    }
    if (invoice.status() == InvoiceStatus.PAID) {
      panel.add(message("Paid. Thank you!", "checkout-paid"));
      return panel;
    }
    if (!invoice.payable()) {
      return panel; // void meanwhile: the page says so
    }
    if (returned == CheckoutStatus.PROCESSING || processing(invoice.id())) {
      panel.add(
          message(
              "Your payment is processing. We'll email you when it clears.",
              "checkout-processing"));
      return panel;
    }
    if (returned != null) {
      panel.add(
          message(
              switch (returned) {
                case FAILED ->
                    "Your payment did not go through, so the invoice is still open. You can pay"
                        + " again.";
                case EXPIRED ->
                    "The payment was not finished in time. Nothing was charged. You can pay"
                        + " again.";
                default -> "The payment is not finished yet. You can continue below.";
              },
              "checkout-" + returned.name().toLowerCase()));
    }
    return payable(panel, invoice);
  }

  /** The Pay button and, once pressed, Stripe's form in the page. */
  private Component payable(Div panel, PortalInvoice invoice) {
    if (!checkout.available()) {
      panel.add(message(checkout.notConfiguredMessage(), "payment-not-configured"));
      return panel;
    }
    Div form = new Div();
    form.setId("stripe-checkout");
    form.addClassName("stripe-checkout");
    Paragraph problem = message("", "checkout-problem");
    problem.setVisible(false);
    Button pay =
        new Button(
            "Pay " + InvoiceLabels.amount(invoice.openMinor(), invoice.currency()),
            VaadinIcon.CREDIT_CARD.create());
    pay.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
    pay.addClassName("pay");
    pay.setDisableOnClick(true);
    pay.addClickListener(e -> start(invoice.id(), pay, form, problem));
    ViewingAs.disable(pay);
    Anchor hosted =
        new Anchor(CheckoutRedirectController.path(invoice.id()), "Open the secure payment page");
    hosted.getElement().setAttribute("router-ignore", true); // Stripe's page, not a view
    hosted.addClassName("hosted-checkout");
    Paragraph fallback = new Paragraph("Trouble with the form? ");
    fallback.add(hosted);
    fallback.addClassName("checkout-fallback");
    panel.add(pay, problem, form, fallback);
    return panel;
  }

  private void start(UUID invoiceId, Button pay, Div form, Paragraph problem) {
    Checkout started;
    try {
      started = checkout.start(invoiceId, true);
    } catch (ValidationException | IllegalStateException | NotFoundException e) {
      problem.setText(
          e instanceof NotFoundException
              ? "This invoice cannot be paid online any more. Reload the page to see why."
              : e.getMessage());
      problem.setVisible(true);
      pay.setEnabled(true);
      return;
    }
    problem.setVisible(false);
    pay.setVisible(false);
    form.getElement()
        .executeJs(
            """
            const [src, key, secret, container] = [$0, $1, $2, this];
            window.__porticoStripeJs = window.__porticoStripeJs || new Promise((ok, fail) => {
              const script = document.createElement('script');
              script.src = src;
              script.onload = ok;
              script.onerror = () => { window.__porticoStripeJs = null; fail(new Error('Stripe.js')); };
              document.head.appendChild(script);
            });
            return window.__porticoStripeJs.then(async () => {
              // One embedded Checkout per page: a previous one (another invoice) goes first.
              if (window.__porticoCheckout) { window.__porticoCheckout.destroy(); }
              window.__porticoCheckout = await Stripe(key).initEmbeddedCheckout({
                fetchClientSecret: async () => secret
              });
              window.__porticoCheckout.mount(container);
            });
            """,
            STRIPE_JS,
            started.publishableKey(),
            started.clientSecret())
        .then(
            ok -> form.addClassName("mounted"),
            error -> {
              log.warn("Invoice {}: embedded checkout did not load: {}", invoiceId, error);
              problem.setText(
                  "The payment form could not be loaded. Use the secure payment page below.");
              problem.setVisible(true);
            });
    form.addDetachListener(
        e ->
            e.getUI()
                .getPage()
                .executeJs(
                    "if (window.__porticoCheckout) {"
                        + " window.__porticoCheckout.destroy(); window.__porticoCheckout = null; }"));
  }

  /**
   * Back from a paid checkout: thanks, once the webhook marked the invoice paid; until then, a
   * short wait that re-renders the page when it has.
   */
  private Component paid(Div panel, PortalInvoice invoice, Runnable refresh) {
    if (invoice.status() == InvoiceStatus.PAID) {
      panel.add(message("Thank you — your payment was received.", "checkout-paid"));
      return panel;
    }
    Paragraph waiting =
        message(
            "Payment received, confirming… This page updates by itself in a moment.",
            "checkout-confirming");
    panel.add(waiting);
    panel.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          ui.setPollInterval(1000);
          int[] polls = {0};
          Registration[] registration = new Registration[1];
          registration[0] =
              ui.addPollListener(
                  poll -> {
                    polls[0]++;
                    if (invoices.invoice(invoice.id()).status() == InvoiceStatus.PAID) {
                      stop(ui, registration[0]);
                      refresh.run();
                    } else if (polls[0] >= CONFIRM_SECONDS) {
                      stop(ui, registration[0]);
                      waiting.setText(
                          "Payment received. Confirming it takes longer than usual: reload this"
                              + " page in a minute. You do not need to pay again.");
                    }
                  });
          panel.addDetachListener(detach -> stop(ui, registration[0]));
        });
    return panel;
  }

  private static void stop(UI ui, Registration registration) {
    registration.remove();
    ui.setPollInterval(-1);
  }

  /** The checkout the client came back from, if the address names one of theirs. */
  private CheckoutStatus returned(UUID invoiceId, String back) {
    if (back == null
        || back.equals("cancelled")
        || back.equals("unavailable")
        || back.equals(CheckoutRedirectController.READ_ONLY)) {
      return null;
    }
    try {
      return checkout.status(invoiceId, back);
    } catch (NotFoundException e) {
      return null; // not a checkout of this invoice: the page as if opened directly
    }
  }

  private boolean processing(UUID invoiceId) {
    try {
      return checkout.processing(invoiceId);
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static Paragraph message(String text, String className) {
    Paragraph p = new Paragraph(text);
    p.addClassNames("payment-message", className);
    return p;
  }
}
