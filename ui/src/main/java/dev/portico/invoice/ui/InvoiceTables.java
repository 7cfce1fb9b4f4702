package dev.portico.invoice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice's lines and totals as the PDF shows them, for staff and clients. On a phone each line
 * becomes a small card (labels from {@code data-label}), so the page never scrolls sideways.
 */
public final class InvoiceTables {

  /** One line: the columns of the PDF. */
  public record Line(
      String description,
      BigDecimal quantity,
      long unitPriceMinor,
      BigDecimal taxRate,
      long totalMinor) {}

  private static final List<String> HEADINGS =
      List.of("Description", "Qty", "Unit price", "Tax", "Total");

  private InvoiceTables() {}

  public static Div lines(List<Line> lines, String currency) {
    NativeTable table = new NativeTable();
    table.addClassName("invoice-lines-table");
    NativeTableRow head = table.getHead().addRow();
    for (String heading : HEADINGS) {
      head.addHeaderCell().setText(heading);
    }
    for (Line line : lines) {
      NativeTableRow row = table.getBody().addRow();
      cell(row, HEADINGS.get(0), line.description(), "description");
      cell(row, HEADINGS.get(1), InvoiceLabels.number(line.quantity()), "number");
      cell(row, HEADINGS.get(2), InvoiceLabels.amount(line.unitPriceMinor(), currency), "number");
      cell(row, HEADINGS.get(3), InvoiceLabels.number(line.taxRate()) + " %", "number");
      cell(row, HEADINGS.get(4), InvoiceLabels.amount(line.totalMinor(), currency), "number");
    }
    // Wide tables scroll inside this box, never the page.
    Div box = new Div(table);
    box.addClassName("table-box");
    return box;
  }

  /** Net, tax and total. */
  public static Div totals(long netMinor, long taxMinor, long totalMinor, String currency) {
    Div box = new Div();
    box.addClassName("invoice-totals");
    box.add(
        row("Net", InvoiceLabels.amount(netMinor, currency), "total-net"),
        row("Tax", InvoiceLabels.amount(taxMinor, currency), "total-tax"),
        row("Total", InvoiceLabels.amount(totalMinor, currency), "total-total", "grand-total"));
    return box;
  }

  /** Adds "Paid" and the open amount under the totals. */
  public static void paidAndOpen(Div totals, long paidMinor, long openMinor, String currency) {
    totals.add(
        row("Paid", InvoiceLabels.amount(paidMinor, currency), "total-paid"),
        row("Open amount", InvoiceLabels.amount(openMinor, currency), "total-open", "grand-total"));
  }

  private static Div row(String label, String value, String... classNames) {
    Span amount = new Span(value);
    amount.addClassName("value");
    Div row = new Div(new Span(label), amount);
    row.addClassNames("total-row");
    row.addClassNames(classNames);
    return row;
  }

  private static void cell(NativeTableRow row, String label, String text, String className) {
    NativeTableCell cell = row.addDataCell();
    cell.setText(text);
    cell.getElement().setAttribute("data-label", label);
    cell.addClassName(className);
  }
}
