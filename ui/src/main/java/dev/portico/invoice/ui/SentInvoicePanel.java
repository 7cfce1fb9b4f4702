package dev.portico.invoice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.portico.client.ui.ClientDetailView;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceDetail;
import dev.portico.invoice.InvoiceStatus;
import dev.portico.shared.audit.AuditTrail;
import dev.portico.shared.ui.Formats;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sent invoice for staff, read-only: status, lines, totals, payments, the chase and the history;
 * Record payment and Void while money is expected; the PDF.
 */
class SentInvoicePanel extends Div {

  SentInvoicePanel(
      InvoiceBilling billing,
      InvoiceDetail d,
      java.util.List<StaffInvoiceNotice> extraNotices,
      Runnable changed) {
    addClassName("sent-invoice");
    Div title = new Div(new H1(d.number()), InvoiceLabels.badge(d.status()));
    title.addClassName("title-row");
    add(title);

    Div actions = new Div();
    actions.addClassName("invoice-actions");
    if (d.status().isOpen()) {
      Button pay = new Button("Record payment", e -> new PaymentDialog(billing, d, changed).open());
      pay.addThemeVariants(ButtonVariant.PRIMARY);
      pay.addClassName("record-payment");
      Button voidIt = new Button("Void", e -> new VoidDialog(billing, d, changed).open());
      voidIt.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
      voidIt.addClassName("void-invoice");
      actions.add(pay, voidIt);
    }
    actions.add(InvoiceLinks.pdf(d.id(), "Download PDF"));
    add(actions);

    Div facts = new Div();
    facts.addClassName("facts");
    facts.add(
        fact(
            "Client",
            new RouterLink(
                d.clientName(),
                ClientDetailView.class,
                new RouteParameters("clientId", d.clientId().toString()))),
        fact("Project", new Span(d.projectName() == null ? "—" : d.projectName())),
        fact("Issued", new Span(Formats.date(d.issueDate()))),
        fact("Due", new Span(Formats.date(d.dueDate()))),
        fact("Sent", new Span(Formats.dateTime(d.sentAt()))),
        fact("Total", new Span(InvoiceLabels.amount(d.totalMinor(), d.currency()))),
        fact("Open", new Span(InvoiceLabels.amount(d.openMinor(), d.currency()))));
    add(facts);
    notices(d).forEach(this::add);
    extraNotices.forEach(n -> n.create(d).ifPresent(this::add));
    if (d.noteToClient() != null) {
      Paragraph note = new Paragraph(d.noteToClient());
      note.addClassName("note-to-client");
      add(new H2("Note to the client"), note);
    }
    add(
        new H2("Lines"),
        InvoiceTables.lines(
            d.lines().stream()
                .map(
                    l ->
                        new InvoiceTables.Line(
                            l.description(),
                            l.quantity(),
                            l.unitPriceMinor(),
                            l.taxRate(),
                            l.totalMinor()))
                .toList(),
            d.currency()),
        totals(d));
    add(new H2("Payments"), payments(d));
    add(new H2("History"), history(d.history()));
  }

  private static Div totals(InvoiceDetail d) {
    Div totals = InvoiceTables.totals(d.netMinor(), d.taxMinor(), d.totalMinor(), d.currency());
    if (d.paidMinor() > 0 || d.status().isOpen()) {
      InvoiceTables.paidAndOpen(totals, d.paidMinor(), d.openMinor(), d.currency());
    }
    return totals;
  }

  /** Where the invoice stands, in a sentence or two: paid, void, or how the chase goes. */
  private static List<Paragraph> notices(InvoiceDetail d) {
    List<Paragraph> notices = new ArrayList<>();
    if (d.status() == InvoiceStatus.VOID) {
      notices.add(notice("Voided " + Formats.dateTime(d.voidedAt()) + ": " + d.voidReason()));
    }
    if (d.status() == InvoiceStatus.PAID) {
      notices.add(
          notice(
              "Paid in full "
                  + Formats.dateTime(d.paidAt())
                  + (d.receiptSentAt() == null
                      ? ". The receipt is on its way to the client."
                      : ". Receipt sent " + Formats.dateTime(d.receiptSentAt()) + ".")));
    }
    if (d.status() == InvoiceStatus.OVERDUE) {
      StringBuilder chase =
          new StringBuilder("Overdue since " + Formats.dateTime(d.overdueAt()) + ". ");
      chase
          .append(d.remindersSent())
          .append(" of ")
          .append(d.reminderOffsets().size())
          .append(" reminders sent");
      if (d.nextReminderAt() != null) {
        chase.append("; the next one goes out ").append(Formats.dateTime(d.nextReminderAt()));
      }
      chase.append('.');
      if (d.escalatedAt() != null) {
        chase
            .append(" All reminders went unanswered: ")
            .append(d.escalatedTo())
            .append(" was asked to chase it on ")
            .append(Formats.dateTime(d.escalatedAt()))
            .append('.');
      }
      notices.add(notice(chase.toString()));
    }
    if (d.status() == InvoiceStatus.SENT) {
      notices.add(
          notice(
              "Becomes overdue "
                  + Formats.dateTime(d.dueAt())
                  + " if not paid; reminders follow "
                  + (d.reminderOffsets().isEmpty()
                      ? "never (none are set up)"
                      : String.join(
                              ", ",
                              d.reminderOffsets().stream().map(SentInvoicePanel::readable).toList())
                          + " after that")
                  + "."));
    }
    if (d.payments().stream().anyMatch(InvoiceDetail.PaymentRow::needsReview)) {
      Paragraph review =
          notice(
              "A payment needs your review (paid on a void or paid invoice, or more than was"
                  + " open). See Payments and History below.");
      review.addClassName("needs-review");
      notices.add(review);
    }
    return notices;
  }

  private static Component payments(InvoiceDetail d) {
    if (d.payments().isEmpty()) {
      return new Paragraph("No payments yet.");
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("payments");
    for (InvoiceDetail.PaymentRow p : d.payments()) {
      ListItem item =
          new ListItem(
              new Span(Formats.date(p.receivedOn())),
              amount(InvoiceLabels.amount(p.amountMinor(), d.currency())),
              new Span(InvoiceLabels.method(p.method())),
              new Span(p.reference() == null ? "no reference" : "ref. " + p.reference()),
              meta(
                  p.recordedBy() == null
                      ? "recorded by the payment provider"
                      : "recorded by " + p.recordedBy() + ", " + Formats.dateTime(p.recordedAt())));
      if (p.needsReview()) {
        item.addClassName("needs-review");
        item.add(meta("needs review"));
      }
      item.addClassName("payment");
      list.add(item);
    }
    return list;
  }

  private static Component history(List<AuditTrail.Entry> entries) {
    if (entries.isEmpty()) {
      return new Paragraph("Nothing recorded yet.");
    }
    UnorderedList list = new UnorderedList();
    list.addClassName("invoice-history");
    for (AuditTrail.Entry e : entries) {
      Span what = new Span(e.action());
      what.addClassName("action");
      ListItem item =
          new ListItem(
              meta(Formats.dateTime(e.at()) + (e.actorName() == null ? "" : " · " + e.actorName())),
              what);
      if (e.detail() != null) {
        item.add(new Span(e.detail()));
      }
      list.add(item);
    }
    return list;
  }

  /** "P3D" → "3 days", "PT12H" → "12 hours"; anything else as it is. */
  static String readable(String iso) {
    try {
      Duration d = Duration.parse(iso);
      if (d.equals(Duration.ofDays(d.toDays()))) {
        return d.toDays() + (d.toDays() == 1 ? " day" : " days");
      }
      if (d.equals(Duration.ofHours(d.toHours()))) {
        return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
      }
      return iso;
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private static Span amount(String text) {
    Span amount = new Span(text);
    amount.addClassName("amount");
    return amount;
  }

  private static Span meta(String text) {
    Span meta = new Span(text);
    meta.addClassName("meta");
    return meta;
  }

  private static Paragraph notice(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("notice");
    return p;
  }

  private static Div fact(String label, Component value) {
    Div fact = new Div(new Span(label), value);
    fact.addClassName("fact");
    return fact;
  }
}
