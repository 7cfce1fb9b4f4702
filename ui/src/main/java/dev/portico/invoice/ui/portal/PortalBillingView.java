package dev.portico.invoice.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.invoice.PortalInvoices.PortalInvoice;
import dev.portico.invoice.ui.InvoiceLabels;
import dev.portico.invoice.ui.InvoiceLinks;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The client's invoices: what is open first in the eye (status, due date, open amount), PDFs. */
@Route("portal/billing")
@PageTitle("Billing")
@RolesAllowed(Roles.CLIENT)
public class PortalBillingView extends Div {

  private static final List<String> HEADINGS =
      List.of("Invoice", "Status", "Issued", "Due", "Amount", "Open", "PDF");

  public PortalBillingView(PortalInvoices invoices) {
    addClassName("portal-billing");
    add(new H1("Client Invoices"));
    List<PortalInvoice> mine = invoices.myInvoices();
    if (mine.isEmpty()) {
      add(new Paragraph("There are no invoices yet."));
      return;
    }
    long open = mine.stream().filter(PortalInvoice::payable).count();
    Paragraph summary =
        new Paragraph(
            open == 0
                ? "Everything is paid. Thank you!"
                : open + (open == 1 ? " invoice waits" : " invoices wait") + " for payment.");
    summary.addClassName("billing-summary");
    add(summary);

    NativeTable table = new NativeTable();
    table.addClassNames("invoice-table", "stacking-table");
    NativeTableRow head = table.getHead().addRow();
    HEADINGS.forEach(h -> head.addHeaderCell().setText(h));
    for (PortalInvoice i : mine) {
      NativeTableRow row = table.getBody().addRow();
      row.addClassName("invoice-row");
      if (i.status() == InvoiceStatus.OVERDUE) {
        row.addClassName("overdue");
      }
      cell(row, 0, "number")
          .add(
              new RouterLink(
                  i.number(), PortalInvoiceView.class, PortalInvoiceView.params(i.id())));
      cell(row, 1, "status").add(InvoiceLabels.badge(i.status()));
      cell(row, 2, "date").setText(Formats.date(i.issueDate()));
      cell(row, 3, "date").setText(Formats.date(i.dueDate()));
      cell(row, 4, "amount").setText(InvoiceLabels.amount(i.totalMinor(), i.currency()));
      cell(row, 5, "amount")
          .setText(i.payable() ? InvoiceLabels.amount(i.openMinor(), i.currency()) : "—");
      cell(row, 6, "pdf").add(InvoiceLinks.pdf(i.id(), i.number() + ".pdf"));
    }
    Div box = new Div(table);
    box.addClassName("table-box");
    add(box);
  }

  private static NativeTableCell cell(NativeTableRow row, int column, String className) {
    NativeTableCell cell = row.addDataCell();
    cell.getElement().setAttribute("data-label", HEADINGS.get(column));
    cell.addClassName(className);
    return cell;
  }
}
