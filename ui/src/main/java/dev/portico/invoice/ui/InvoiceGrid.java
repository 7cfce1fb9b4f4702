package dev.portico.invoice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceRow;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.PhoneColumn;
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
    grid.addComponentColumn(InvoiceGrid::status).setHeader("Status").setAutoWidth(true);
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
            PhoneColumn.stack(
                new Span(InvoiceLabels.title(r.number())),
                PhoneColumn.line(withClient ? r.clientName() : null, r.projectName()),
                status(r),
                PhoneColumn.line(
                    "Issued " + Formats.date(r.issueDate()), "due " + Formats.date(r.dueDate())),
                PhoneColumn.line(
                    InvoiceLabels.amount(r.totalMinor(), r.currency()),
                    r.status().isOpen()
                        ? InvoiceLabels.amount(r.openMinor(), r.currency()) + " open"
                        : null)));
    return grid;
  }

  /** The status badge, with what staff must act on: an escalated chase, a payment to review. */
  private static Div status(InvoiceRow r) {
    Div cell = new Div(InvoiceLabels.badge(r.status()));
    cell.addClassName("status-cell");
    if (r.remindersSent() > 0 && r.status().isOpen()) {
      cell.add(hint(r.remindersSent() + (r.remindersSent() == 1 ? " reminder" : " reminders")));
    }
    if (r.escalated() && r.status().isOpen()) {
      cell.add(hint("Chase it"));
    }
    if (r.needsReview()) {
      cell.add(hint("Payment to review"));
    }
    return cell;
  }

  private static Span hint(String text) {
    Span hint = new Span(text);
    hint.addClassName("hint");
    return hint;
  }
}
