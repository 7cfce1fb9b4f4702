package dev.portico.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.ui.StaffInvoiceNotice;
import dev.portico.payment.InvoiceCheckout;
import java.util.Optional;

/**
 * On a sent invoice's staff page: the client paid online with a method that takes days to clear (a
 * bank debit), so staff neither chase nor record a bank transfer for it meanwhile.
 */
@org.springframework.stereotype.Component
class ProcessingPaymentNotice implements StaffInvoiceNotice {

  private final InvoiceCheckout checkout;

  ProcessingPaymentNotice(InvoiceCheckout checkout) {
    this.checkout = checkout;
  }

  @Override
  public Optional<Component> create(InvoiceDetail invoice) {
    if (!invoice.status().isOpen() || !checkout.processing(invoice.id())) {
      return Optional.empty();
    }
    Paragraph notice =
        new Paragraph(
            "The client paid online and the payment is still processing (e.g. a bank debit, which"
                + " takes a few days). The invoice turns Paid when it clears; reminders stop then.");
    notice.addClassNames("notice", "payment-processing");
    return Optional.of(notice);
  }
}
