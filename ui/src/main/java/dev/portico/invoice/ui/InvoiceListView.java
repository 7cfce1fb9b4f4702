package dev.portico.invoice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceRow;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.PageHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The agency's invoices, newest first, filtered by status; a row opens the invoice. */
@Route("staff/invoices")
@PageTitle("Invoices")
@RolesAllowed(Roles.STAFF)
public class InvoiceListView extends VerticalLayout {

  /** The filter's choices: every invoice, or one status. */
  private static final List<Optional<InvoiceStatus>> FILTERS = filters();

  private final InvoiceBilling billing;
  private final Select<Optional<InvoiceStatus>> status = new Select<>();
  private final Grid<InvoiceRow> grid;
  private final Span empty = new Span();

  public InvoiceListView(InvoiceBilling billing) {
    this.billing = billing;
    addClassName("invoice-list");
    PageHeader top =
        new PageHeader(
            "Invoices",
            "New invoice",
            () -> getUI().ifPresent(ui -> ui.navigate(InvoiceEditorView.class)));

    status.setLabel("Status");
    status.setItems(FILTERS);
    status.setItemLabelGenerator(s -> s.map(InvoiceLabels::status).orElse("All"));
    status.setValue(Optional.empty());
    status.addClassName("status-filter");
    status.addValueChangeListener(e -> show());

    // Lazy: the grid asks for a page of 50 at a time, sorted and filtered in SQL.
    grid = InvoiceGrid.of(true);
    grid.setItems(
        query ->
            billing.page(chosen(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> billing.count(chosen()));
    grid.addClassName("paged-grid");
    grid.addItemClickListener(e -> open(e.getItem()));
    grid.addThemeVariants(GridVariant.ROW_STRIPES);
    empty.addClassName("empty");
    add(top, status, grid, empty);
    show();
  }

  private InvoiceStatus chosen() {
    return status.getValue().orElse(null);
  }

  private void show() {
    InvoiceStatus chosen = chosen();
    boolean none = billing.count(chosen) == 0;
    grid.getDataProvider().refreshAll();
    grid.setVisible(!none);
    empty.setText(
        chosen == null
            ? "No invoices yet. Start one with New invoice."
            : "No " + InvoiceLabels.status(chosen).toLowerCase() + " invoices.");
    empty.setVisible(none);
  }

  private void open(InvoiceRow row) {
    getUI().ifPresent(ui -> ui.navigate(InvoiceView.class, InvoiceView.params(row.id())));
  }

  private static List<Optional<InvoiceStatus>> filters() {
    List<Optional<InvoiceStatus>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (InvoiceStatus s : InvoiceStatus.values()) {
      all.add(Optional.of(s));
    }
    return List.copyOf(all);
  }
}
