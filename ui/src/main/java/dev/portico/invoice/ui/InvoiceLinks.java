package dev.portico.invoice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/** Addresses of invoices: the staff page, the PDF download. */
public final class InvoiceLinks {

  private InvoiceLinks() {}

  /** The staff page of an invoice, relative to the app's base. */
  static String staffPath(UUID invoiceId) {
    return "staff/invoices/" + invoiceId;
  }

  /** Where the browser fetches an invoice's PDF (staff and the invoice's client alike). */
  public static String pdfUrl(UUID invoiceId) {
    return "/files/invoices/" + invoiceId;
  }

  /** A link that saves the invoice's PDF (an attachment, never shown in the page). */
  public static Anchor pdf(UUID invoiceId, String text) {
    Anchor download = new Anchor(pdfUrl(invoiceId), "");
    download.add(VaadinIcon.DOWNLOAD_ALT.create());
    download.add(text);
    download.getElement().setAttribute("download", true);
    download.getElement().setAttribute("router-ignore", true); // a file, not a view
    download.addClassName("pdf-link");
    return download;
  }
}
