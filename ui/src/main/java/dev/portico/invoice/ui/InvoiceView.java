package dev.portico.invoice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.client.ClientDirectory;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * One invoice as staff see it: a draft is a form to edit and send; a sent one is read-only, with
 * its payments, where its chase stands and its history, and the actions left (record a payment,
 * void it).
 */
@Route("staff/invoices/:invoiceId")
@PageTitle("Invoice")
@RolesAllowed(Roles.STAFF)
public class InvoiceView extends Div implements BeforeEnterObserver {

  private final InvoiceBilling billing;
  private final ClientDirectory clients;
  private final List<StaffInvoiceNotice> notices;
  private UUID invoiceId;

  public InvoiceView(
      InvoiceBilling billing, ClientDirectory clients, List<StaffInvoiceNotice> notices) {
    this.billing = billing;
    this.clients = clients;
    this.notices = notices;
    addClassName("invoice-page");
  }

  public static RouteParameters params(UUID invoiceId) {
    return new RouteParameters("invoiceId", invoiceId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    invoiceId = Routes.id(event, "invoiceId", "Invoice");
    render();
  }

  private void render() {
    InvoiceDetail d = billing.detail(invoiceId);
    removeAll();
    add(new RouterLink("← Invoices", InvoiceListView.class));
    if (d.editable()) {
      Div title = new Div(new H1("Draft invoice"), InvoiceLabels.badge(d.status()));
      title.addClassName("title-row");
      add(
          title,
          new DraftEditor(
              billing,
              clients.list(),
              d.id(),
              d.clientId(),
              d.projectId(),
              d.toForm(),
              id -> render(),
              () -> getUI().ifPresent(ui -> ui.navigate(InvoiceListView.class))));
    } else {
      add(new SentInvoicePanel(billing, d, notices, this::render));
    }
  }
}
