package dev.portico.payment.ui;

import dev.portico.payment.InvoiceCheckout;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import dev.portico.shared.security.ViewingAsRefused;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Stripe's hosted payment page for an invoice, the fallback when the embedded form cannot load:
 * starts (or resumes) a hosted checkout and answers 303 to it, as Stripe's samples do. Only the
 * invoice's own client contacts, while it is open; anyone else gets 404.
 */
@Controller
public class CheckoutRedirectController {

  private static final Logger log = LoggerFactory.getLogger(CheckoutRedirectController.class);

  /** The invoice page's mark for a payment refused while staff view the portal as a contact. */
  public static final String READ_ONLY = "read-only";

  private final InvoiceCheckout checkout;

  CheckoutRedirectController(InvoiceCheckout checkout) {
    this.checkout = checkout;
  }

  /** Where the browser goes to pay an invoice on Stripe's own page. */
  public static String path(UUID invoiceId) {
    return "/billing/" + invoiceId + "/checkout";
  }

  @GetMapping("/billing/{invoiceId}/checkout")
  ResponseEntity<Void> hosted(@PathVariable String invoiceId) {
    UUID id = parse(invoiceId);
    String page = "/portal/billing/" + id;
    try {
      return seeOther(URI.create(checkout.start(id, false).url()));
    } catch (ViewingAsRefused e) {
      return seeOther(URI.create(page + "?checkout=" + READ_ONLY));
    } catch (ValidationException e) {
      return seeOther(URI.create(page)); // a payment is under way: the page says so
    } catch (IllegalStateException e) {
      log.warn("Invoice {}: no hosted checkout: {}", id, e.getMessage());
      return seeOther(URI.create(page + "?checkout=unavailable"));
    }
  }

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body("Not found");
  }

  private static ResponseEntity<Void> seeOther(URI location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, location.toString())
        .build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Invoice");
    }
  }
}
