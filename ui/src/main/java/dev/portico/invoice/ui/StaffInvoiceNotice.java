package dev.portico.invoice.ui;

import com.vaadin.flow.component.Component;
import dev.portico.invoice.InvoiceDetail;
import java.util.Optional;

/**
 * A notice another feature adds to a sent invoice's staff page (an online payment still
 * processing), so the invoice feature does not depend on it. Spring beans.
 */
public interface StaffInvoiceNotice {

  Optional<Component> create(InvoiceDetail invoice);
}
