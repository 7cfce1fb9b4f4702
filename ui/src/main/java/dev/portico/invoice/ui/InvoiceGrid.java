package dev.portico.invoice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceRow;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.PhoneColumn;
import dev.portico.shared.ui.PhoneColumn.Stacked;
import dev.portico.shared.ui.StatusBadge;
import java.util.Comparator;

/** The staff grid of invoices, for the invoice list and a client's page. */
final class InvoiceGrid {

  private InvoiceGrid() {}

  /**
   * Sortable columns sort in memory (a client's page) by their comparators, or in SQL (the lazy
   * list) by their sort properties.
   *
   * @param withClient whether to show the client column (not on the client's own page)
   */
  static Grid<InvoiceRow> of(boolean withClient) {
    Grid<InvoiceRow> grid = new Grid<>();
    grid.addClassName("invoice-grid");
    grid.addColumn(r -> InvoiceLabels.title(r.number()))
        .setHeader("Number")
        .setAutoWidth(true)
        .setFlexGrow(0);
    if (withClient) {
      grid.addColumn(InvoiceRow::clientName)
          .setHeader("Client")
          .setSortable(true)
          .setSortProperty(InvoiceBilling.SORT_CLIENT)
          .setComparator(Comparator.comparing(InvoiceRow::clientName));
    }
    grid.addColumn(r -> r.projectName() == null ? "—" : r.projectName()).setHeader("Project");
    grid.addColumn(
            StatusBadge.properties(
                    LitRenderer.<InvoiceRow>of(
                        "<div class=\"status-cell\">"
                            + StatusBadge.template("badge")
                            + "<span class=\"hint\" ?hidden=${!item.hint}>${item.hint}</span>"
                            + "</div>"),
                    "badge",
                    r -> InvoiceLabels.statusBadge(r.status()))
                .withProperty("hint", InvoiceGrid::hint))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addColumn(r -> Formats.date(r.issueDate()))
        .setHeader("Issued")
        .setAutoWidth(true)
        .setSortable(true)
        .setSortProperty(InvoiceBilling.SORT_ISSUED)
        .setComparator(Comparator.comparing(InvoiceRow::issueDate));
    grid.addColumn(r -> Formats.date(r.dueDate()))
        .setHeader("Due")
        .setAutoWidth(true)
        .setSortable(true)
        .setSortProperty(InvoiceBilling.SORT_DUE)
        .setComparator(Comparator.comparing(InvoiceRow::dueDate));
    grid.addColumn(r -> InvoiceLabels.amount(r.totalMinor(), r.currency()))
        .setHeader("Total")
        .setAutoWidth(true)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(
            r -> r.status().isOpen() ? InvoiceLabels.amount(r.openMinor(), r.currency()) : "—")
        .setHeader("Open")
        .setAutoWidth(true)
        .setTextAlign(ColumnTextAlign.END);
    PhoneColumn.add(
        grid,
        "Invoice",
        null,
        r ->
            Stacked.of(InvoiceLabels.title(r.number()))
                .line(withClient ? r.clientName() : null, r.projectName())
                .badge(InvoiceLabels.statusBadge(r.status()))
                .line(hint(r))
                .line("Issued " + Formats.date(r.issueDate()), "due " + Formats.date(r.dueDate()))
                .line(
                    InvoiceLabels.amount(r.totalMinor(), r.currency()),
                    r.status().isOpen()
                        ? InvoiceLabels.amount(r.openMinor(), r.currency()) + " open"
                        : null));
    return grid;
  }

  /** What staff must act on, beside the status: reminders sent, a chase, a payment to review. */
  private static String hint(InvoiceRow r) {
    boolean open = r.status().isOpen();
    return PhoneColumn.join(
        r.remindersSent() > 0 && open
            ? r.remindersSent() + (r.remindersSent() == 1 ? " reminder" : " reminders")
            : null,
        r.escalated() && open ? "Chase it" : null,
        r.needsReview() ? "Payment to review" : null);
  }
}
