package dev.portico.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What staff enter for a draft invoice. Prices are in major units of the currency (12.50 EUR); tax
 * rates in percent. {@link InvoiceBilling} validates it and says what is wrong, line by line.
 */
public record InvoiceForm(
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    String noteToClient,
    List<Line> lines) {

  /** One line: "Design workshop, 2 × EUR 600.00, 20 % tax". */
  public record Line(
      String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {}

  public InvoiceForm {
    // Not List.copyOf: a missing line is reported by the validation ("Line 2: ..."), not an NPE.
    lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
  }
}
