package dev.portico.invoice;

import dev.portico.shared.NotFoundException;
import dev.portico.shared.security.ClientRead;
import dev.portico.shared.security.CurrentUser;
import dev.portico.shared.security.SessionUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invoice's PDF for the signed-in person: staff get any invoice of their workspace (a draft as a
 * preview, stamped Draft); a client contact its own company's invoices, never drafts. Anything else
 * is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InvoiceDocuments {

  /** A PDF to download, with its file name ({@code INV-0001.pdf}). */
  public record PdfFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
  }

  private final Invoices invoices;
  private final Statements statements;
  private final InvoicePdf pdf;
  private final CurrentUser currentUser;

  InvoiceDocuments(
      Invoices invoices, Statements statements, InvoicePdf pdf, CurrentUser currentUser) {
    this.invoices = invoices;
    this.statements = statements;
    this.pdf = pdf;
    this.currentUser = currentUser;
  }

  // Rendering happens outside a transaction: no database connection is held meanwhile.
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  @ClientRead
  public PdfFile pdf(UUID invoiceId) {
    SessionUser me = currentUser.require();
    Invoice invoice =
        me.isClient()
            ? PortalInvoices.visible(invoices, invoiceId, me)
            : invoices
                .findByIdAndWorkspaceId(invoiceId, me.workspaceId())
                .orElseThrow(() -> new NotFoundException("Invoice"));
    Statement s = statements.of(invoice);
    return new PdfFile(s.fileName(), pdf.render(s));
  }
}
