package dev.portico.invoice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.portico.client.ClientSummary;
import dev.portico.client.ui.StaffClientSection;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceRow;
import java.util.List;
import org.springframework.core.annotation.Order;

/** "Invoices" on a client's staff page: what was billed to them, and a new invoice for them. */
@org.springframework.stereotype.Component
@Order(50)
class ClientInvoicesSection implements StaffClientSection {

  private final InvoiceBilling billing;

  ClientInvoicesSection(InvoiceBilling billing) {
    this.billing = billing;
  }

  @Override
  public Component create(ClientSummary client, Runnable changed) {
    Div heading = new Div(new H2("Invoices"));
    heading.addClassName("section-heading");
    Button create =
        new Button(
            "New invoice",
            VaadinIcon.PLUS.create(),
            e ->
                UI.getCurrent()
                    .navigate(InvoiceEditorView.class, InvoiceEditorView.forClient(client.id())));
    create.addClassName("new-invoice");
    heading.add(create);
    Div section = new Div(heading);
    section.addClassName("client-invoices");
    List<InvoiceRow> rows = billing.listForClient(client.id());
    if (rows.isEmpty()) {
      section.add(new Paragraph("No invoices for " + client.name() + " yet."));
      return section;
    }
    Grid<InvoiceRow> grid = InvoiceGrid.of(false);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e -> UI.getCurrent().navigate(InvoiceView.class, InvoiceView.params(e.getItem().id())));
    section.add(grid);
    return section;
  }
}
