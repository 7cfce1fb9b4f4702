package dev.portico.invoice;

import dev.portico.identity.AccountAccess.Contact;
import dev.portico.shared.PorticoProperties;
import dev.portico.shared.mail.Mail;
import dev.portico.workspace.BrandedMail;
import dev.portico.workspace.PortalLinks;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The invoice mails, in the agency's branding (logo, accent colour, support email), like the
 * invitation mails. A contact with portal access gets the portal link; one without gets the PDF and
 * no link it could not open.
 */
@Component
class InvoiceMails {

  private static final String PDF = "application/pdf";

  private final PorticoProperties properties;
  private final PortalLinks links;

  InvoiceMails(PorticoProperties properties, PortalLinks links) {
    this.properties = properties;
    this.links = links;
  }

  Mail sent(Contact to, Statement s, byte[] pdf) {
    String intro =
        "%s sent you invoice %s for %s, due on %s."
            .formatted(
                s.branding().agencyName(),
                s.number(),
                s.amount(s.totalMinor()),
                InvoicePdf.date(s, s.dueDate()));
    return client(
        to,
        s,
        "Invoice " + s.number() + " from " + s.branding().agencyName(),
        List.of(intro, "The invoice is attached as a PDF."),
        "View and pay the invoice",
        pdf);
  }

  Mail overdue(Contact to, Statement s) {
    return client(
        to,
        s,
        "Invoice " + s.number() + " is overdue",
        List.of(
            "Invoice %s from %s was due on %s and %s is still open."
                .formatted(
                    s.number(),
                    s.branding().agencyName(),
                    InvoicePdf.date(s, s.dueDate()),
                    s.amount(s.openMinor())),
            "If you have paid in the meantime, thank you, and please ignore this message."),
        "Pay the invoice",
        null);
  }

  Mail reminder(Contact to, Statement s, int reminder) {
    return client(
        to,
        s,
        "Payment reminder: invoice " + s.number(),
        List.of(
            "A friendly reminder (%d): invoice %s from %s was due on %s; %s is still open."
                .formatted(
                    reminder,
                    s.number(),
                    s.branding().agencyName(),
                    InvoicePdf.date(s, s.dueDate()),
                    s.amount(s.openMinor())),
            "If you have paid in the meantime, thank you, and please ignore this message."),
        "Pay the invoice",
        null);
  }

  Mail receipt(Contact to, Statement s, byte[] pdf) {
    return client(
        to,
        s,
        "Payment received: invoice " + s.number(),
        List.of(
            "Thank you! We received %s for invoice %s%s; it is paid in full."
                .formatted(
                    s.amount(s.paidMinor()),
                    s.number(),
                    s.paidOn() == null ? "" : " on " + InvoicePdf.date(s, s.paidOn())),
            "The paid invoice is attached as a PDF for your records."),
        "View the invoice",
        pdf);
  }

  Mail voided(Contact to, Statement s) {
    return client(
        to,
        s,
        "Invoice " + s.number() + " was cancelled",
        List.of(
            "%s cancelled invoice %s (%s). You do not need to pay it."
                .formatted(s.branding().agencyName(), s.number(), s.amount(s.totalMinor())),
            s.paidMinor() > 0
                ? "You paid %s for it; we will be in touch about it."
                    .formatted(s.amount(s.paidMinor()))
                : "If you have questions, just reply to us."),
        null,
        null);
  }

  Mail escalation(String staffEmail, Statement s, int remindersSent) {
    return new Mail(
        staffEmail,
        "Overdue payment to chase: " + s.number() + " (" + s.clientName() + ")",
        """
        Invoice %s to %s (%s) was due on %s and %s is still open after %d reminder(s).
        The client will not be reminded again: please get in touch with them.

        %s
        """
            .formatted(
                s.number(),
                s.clientName(),
                s.amount(s.totalMinor()),
                InvoicePdf.date(s, s.dueDate()),
                s.amount(s.openMinor()),
                remindersSent,
                staffLink(s.invoiceId())),
        null);
  }

  Mail paymentToReview(String ownerEmail, Statement s, String what) {
    return new Mail(
        ownerEmail,
        "Payment to review: " + s.title() + " (" + s.clientName() + ")",
        """
        %s

        %s
        """
            .formatted(what, staffLink(s.invoiceId())),
        null);
  }

  /** Where staff open the invoice (the portal link would answer "not found" for them). */
  String staffLink(UUID invoiceId) {
    return properties.link("/staff/invoices/" + invoiceId);
  }

  String portalLink(Statement s) {
    return links.toPortal(s.workspaceId(), "/portal/billing/" + s.invoiceId());
  }

  private Mail client(
      Contact to, Statement s, String subject, List<String> paragraphs, String button, byte[] pdf) {
    String link = to.portalAccess() && button != null ? portalLink(s) : null;
    List<Mail.Attachment> attachments =
        pdf == null ? List.of() : List.of(new Mail.Attachment(s.fileName(), PDF, pdf));
    return BrandedMail.toClient(
        to.email(), to.name(), s.branding(), subject, paragraphs, link, button, attachments);
  }
}
