package dev.portico.invoice.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.invoice.PortalInvoices;
import dev.portico.invoice.PortalInvoices.PortalInvoice;
import dev.portico.invoice.ui.InvoiceLabels;
import dev.portico.invoice.ui.InvoiceLinks;
import dev.portico.invoice.ui.InvoiceTables;
import dev.portico.shared.security.Roles;
import dev.portico.shared.ui.Formats;
import dev.portico.shared.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * One of the company's invoices: dates, project, note, lines, totals, payments, the PDF, and what
 * is still to pay. Another company's invoice, a draft or an unknown id is "not found".
 */
@Route("portal/billing/:invoiceId")
@PageTitle("Invoice")
@RolesAllowed(Roles.CLIENT)
public class PortalInvoiceView extends Div implements BeforeEnterObserver {

  private final PortalInvoices invoices;
  private final List<InvoicePayment> payment;
  private UUID invoiceId;
  private String checkout;

  public PortalInvoiceView(PortalInvoices invoices, List<InvoicePayment> payment) {
    this.invoices = invoices;
    this.payment = payment;
    addClassName("portal-invoice");
  }

  static RouteParameters params(UUID invoiceId) {
    return new RouteParameters("invoiceId", invoiceId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    invoiceId = Routes.id(event, "invoiceId", "Invoice");
    checkout = event.getLocation().getQueryParameters().getSingleParameter("checkout").orElse(null);
    render();
  }

  private void render() {
    PortalInvoice i = invoices.invoice(invoiceId);
    removeAll();
    add(new RouterLink("← All invoices", PortalBillingView.class));
    Div title = new Div(new H1("Invoice " + i.number()), InvoiceLabels.badge(i.status()));
    title.addClassName("title-row");
    add(title);
    add(standing(i));

    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(fact("Issued", Formats.date(i.issueDate())), fact("Due", Formats.date(i.dueDate())));
    if (i.projectName() != null) {
      facts.add(fact("Project", i.projectName()));
    }
    facts.add(fact("Total", InvoiceLabels.amount(i.totalMinor(), i.currency())));
    add(facts, InvoiceLinks.pdf(i.id(), "Download PDF"));
    if (i.noteToClient() != null) {
      Paragraph note = new Paragraph(i.noteToClient());
      note.addClassName("note-to-client");
      add(note);
    }
    Div totals = InvoiceTables.totals(i.netMinor(), i.taxMinor(), i.totalMinor(), i.currency());
    if (i.status() != InvoiceStatus.VOID) {
      InvoiceTables.paidAndOpen(totals, i.paidMinor(), i.openMinor(), i.currency());
    }
    add(
        new H2("Items"),
        InvoiceTables.lines(
            i.lines().stream()
                .map(
                    l ->
                        new InvoiceTables.Line(
                            l.description(),
                            l.quantity(),
                            l.unitPriceMinor(),
                            l.taxRate(),
                            l.totalMinor()))
                .toList(),
            i.currency()),
        totals);
    if (!i.payments().isEmpty()) {
      add(new H2("Payments"), payments(i));
    }
  }

  /** Where the invoice stands for the client, and what they can do about it. */
  private Component standing(PortalInvoice i) {
    Div box = new Div();
    box.addClassName("pay-panel");
    box.setId("pay-panel");
    if (!payment.isEmpty() && (i.payable() || checkout != null)) {
      if (i.payable()) {
        box.add(openAmount(i));
      }
      box.add(payment.getFirst().panel(i, checkout, this::render));
      return box;
    }
    switch (i.status()) {
      case PAID ->
          box.add(
              notice(
                  "Paid"
                      + (i.paidAt() == null ? "" : " on " + Formats.dateTime(i.paidAt()))
                      + ". Thank you!"));
      case VOID -> box.add(notice("This invoice was cancelled. You do not need to pay it."));
      case SENT, OVERDUE -> box.add(openAmount(i));
      case DRAFT -> throw new dev.portico.shared.NotFoundException("Invoice");
    }
    return box;
  }

  private static Paragraph openAmount(PortalInvoice i) {
    Paragraph open =
        notice(
            InvoiceLabels.amount(i.openMinor(), i.currency())
                + (i.status() == InvoiceStatus.OVERDUE ? " was due on " : " is due on ")
                + Formats.date(i.dueDate())
                + ".");
    open.addClassName("open-amount");
    return open;
  }

  private static Component payments(PortalInvoice i) {
    UnorderedList list = new UnorderedList();
    list.addClassName("payments");
    for (PortalInvoices.PortalPayment p : i.payments()) {
      Span amount = new Span(InvoiceLabels.amount(p.amountMinor(), i.currency()));
      amount.addClassName("amount");
      list.add(
          new ListItem(
              new Span(Formats.date(p.receivedOn())),
              amount,
              new Span(InvoiceLabels.method(p.method()))));
    }
    return list;
  }

  private static Paragraph notice(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("notice");
    return p;
  }

  private static Div fact(String label, String value) {
    Div fact = new Div(new Span(label), new Span(value));
    fact.addClassName("fact");
    return fact;
  }
}
