package dev.portico.invoice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientSummary;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * A new invoice: {@code /staff/invoices/new?client=…} bills that client (fixed); without it, staff
 * choose the client. It becomes a draft on its first save.
 */
@Route("staff/invoices/new")
@PageTitle("New invoice")
@RolesAllowed(Roles.STAFF)
public class InvoiceEditorView extends Div implements BeforeEnterObserver {

  private final InvoiceBilling billing;
  private final ClientDirectory clients;

  public InvoiceEditorView(InvoiceBilling billing, ClientDirectory clients) {
    this.billing = billing;
    this.clients = clients;
    addClassName("invoice-page");
  }

  /** The address of a new invoice for one client. */
  public static QueryParameters forClient(UUID clientId) {
    return QueryParameters.of("client", clientId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    UUID clientId =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("client")
            .map(InvoiceEditorView::parse)
            .orElse(null);
    List<ClientSummary> all = clients.list();
    if (clientId != null && all.stream().noneMatch(c -> c.id().equals(clientId))) {
      throw new NotFoundException("Client");
    }
    removeAll();
    H1 title = new H1("New invoice");
    DraftEditor editor =
        new DraftEditor(
            billing,
            all,
            null,
            clientId,
            null,
            billing.draftDefaults(),
            id -> getUI().ifPresent(ui -> ui.navigate(InvoiceView.class, InvoiceView.params(id))),
            () -> getUI().ifPresent(ui -> ui.navigate(InvoiceListView.class)));
    editor.onCreated(() -> title.setText("Draft invoice"));
    add(new RouterLink("← Invoices", InvoiceListView.class), title, editor);
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Client");
    }
  }
}
