package dev.portico.payment;

import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Invoices for payment tests, made by the agency's staff through the billing service. */
record Invoicing(InvoiceBilling billing, Clock clock) {

  /** A sent EUR invoice: {@code price} plus 10 % tax (price 1000 → EUR 1,100.00, 110000 cents). */
  UUID sent(Agency a, UUID clientId, String price) {
    UUID id = draft(a, clientId, price);
    Fixtures.signIn(a.staff());
    try {
      billing.send(id);
    } finally {
      Fixtures.signOut();
    }
    return id;
  }

  UUID draft(Agency a, UUID clientId, String price) {
    Fixtures.signIn(a.staff());
    try {
      LocalDate today = LocalDate.now(clock);
      return billing.createDraft(
          clientId,
          null,
          new InvoiceForm(
              "EUR",
              today,
              today.plusDays(14),
              "Bank: DE00 1234",
              List.of(
                  new InvoiceForm.Line(
                      "Website build",
                      BigDecimal.ONE,
                      new BigDecimal(price),
                      new BigDecimal("10")))));
    } finally {
      Fixtures.signOut();
    }
  }

  void payManually(Agency a, UUID invoiceId, String amount) {
    Fixtures.signIn(a.staff());
    try {
      billing.recordManualPayment(invoiceId, new BigDecimal(amount), LocalDate.now(clock), null);
    } finally {
      Fixtures.signOut();
    }
  }

  void voidIt(Agency a, UUID invoiceId) {
    Fixtures.signIn(a.staff());
    try {
      billing.voidInvoice(invoiceId, "Sent to the wrong company");
    } finally {
      Fixtures.signOut();
    }
  }

  String number(Agency a, UUID invoiceId) {
    Fixtures.signIn(a.staff());
    try {
      return billing.detail(invoiceId).number();
    } finally {
      Fixtures.signOut();
    }
  }
}
