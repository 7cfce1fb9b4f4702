package dev.portico.invoice.ui.portal;

import com.vaadin.flow.component.Component;
import dev.portico.invoice.PortalInvoices.PortalInvoice;

/**
 * How the client pays an invoice on its portal page, and what became of a payment when they come
 * back from it. The payment feature supplies it (a Spring bean), so the invoice feature does not
 * depend on the payment provider; without one, the page shows what is open and nothing more.
 */
public interface InvoicePayment {

  /**
   * @param checkout the page's {@code ?checkout=} parameter: the payment provider's session id on
   *     the way back from paying, {@code cancelled}, or null
   * @param refresh renders the whole invoice page again (e.g. once the payment is confirmed)
   * @return what goes under the open amount: a Pay button, a payment's outcome, or why not
   */
  Component panel(PortalInvoice invoice, String checkout, Runnable refresh);
}
