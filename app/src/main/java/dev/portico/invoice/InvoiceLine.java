package dev.portico.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an invoice, priced when it was saved ({@link Amounts}). */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID invoiceId;
  private int position;
  private String description;
  private BigDecimal quantity;
  private long unitPriceMinor;
  private BigDecimal taxRate;
  private long netMinor;
  private long taxMinor;

  protected InvoiceLine() {}

  InvoiceLine(Invoice invoice, DraftRules.PricedLine line) {
    this.id = UUID.randomUUID();
    this.workspaceId = invoice.getWorkspaceId();
    this.invoiceId = invoice.getId();
    this.position = line.position();
    this.description = line.description();
    this.quantity = line.quantity();
    this.unitPriceMinor = line.unitPriceMinor();
    this.taxRate = line.taxRate();
    this.netMinor = line.amounts().netMinor();
    this.taxMinor = line.amounts().taxMinor();
  }

  public UUID getInvoiceId() {
    return invoiceId;
  }

  public int getPosition() {
    return position;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity.stripTrailingZeros().scale() < 0
        ? quantity.setScale(0)
        : quantity.stripTrailingZeros();
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }

  public BigDecimal getTaxRate() {
    return taxRate.stripTrailingZeros().scale() < 0
        ? taxRate.setScale(0)
        : taxRate.stripTrailingZeros();
  }

  public long getNetMinor() {
    return netMinor;
  }

  public long getTaxMinor() {
    return taxMinor;
  }

  public long getTotalMinor() {
    return netMinor + taxMinor;
  }
}
