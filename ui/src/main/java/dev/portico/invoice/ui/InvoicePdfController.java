package dev.portico.invoice.ui;

import dev.portico.invoice.InvoiceDocuments;
import dev.portico.invoice.InvoiceDocuments.PdfFile;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ui.FileResponses;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An invoice's PDF, rendered by Portico itself, for staff of its agency and contacts of its client
 * company (a draft for staff only, stamped Draft). Always an attachment with {@code nosniff};
 * anyone else gets 404.
 */
@Controller
class InvoicePdfController {

  private final InvoiceDocuments documents;

  InvoicePdfController(InvoiceDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/files/invoices/{invoiceId}")
  ResponseEntity<byte[]> pdf(@PathVariable String invoiceId) {
    PdfFile pdf = documents.pdf(parse(invoiceId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(PdfFile.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(pdf.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        // A draft changes and a payment changes the stamp: never reuse a stored copy.
        .cacheControl(CacheControl.noStore())
        .body(pdf.content());
  }

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return FileResponses.notFound();
  }

  private static UUID parse(String id) {
    return FileResponses.id(id, "Invoice");
  }
}
