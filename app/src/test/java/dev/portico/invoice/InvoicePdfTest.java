package dev.portico.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.workspace.Branding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF as a client reads it: parsed back with PDFBox's text stripper. */
class InvoicePdfTest {

  private final InvoicePdf pdf = new InvoicePdf();

  @Test
  void showsNumberClientLinesAndTotals() throws IOException {
    Statement s =
        statement(
            "Acme Corp",
            InvoiceStatus.SENT,
            0,
            List.of(
                new InvoiceForm.Line("Design workshop", d("2"), d("600"), d("20")),
                new InvoiceForm.Line("Hosting, March", d("1.25"), d("99.99"), d("7.5"))),
            "Please pay by bank transfer.");
    String text = text(pdf.render(s));
    assertThat(text)
        .contains("Northwind Studio", "INVOICE", "INV-0042", "Acme Corp", "Project: Website")
        .contains("Design workshop", "EUR 600.00", "20 %", "EUR 1,440.00")
        .contains("Hosting, March", "1.25", "EUR 99.99", "7.5 %", "EUR 134.36")
        .contains("Total", "EUR 1,574.36", "Open amount")
        .contains("Issue date", "3 March 2025", "Due date", "17 March 2025")
        .contains("Please pay by bank transfer.")
        .contains("Page 1 of 1")
        .doesNotContain("PAID");
  }

  @Test
  void paidInvoiceCarriesAStampAndNothingOpen() throws IOException {
    Statement s =
        statement(
            "Acme Corp",
            InvoiceStatus.PAID,
            157436,
            List.of(new InvoiceForm.Line("Design workshop", d("2"), d("600"), d("20"))),
            null);
    String text = text(pdf.render(s));
    assertThat(text)
        .contains("PAID", "Paid in full on 20 March 2025")
        .doesNotContain("Open amount");
  }

  @Test
  void nonLatinTextPrintsAndWhatTheFontLacksBecomesAQuestionMark() throws IOException {
    Statement s =
        statement(
            "Zażółć gęślą jaźń Sp. z o.o.",
            InvoiceStatus.SENT,
            0,
            List.of(
                new InvoiceForm.Line("Дизайн логотипа – Ελληνικά", d("1"), d("100"), d("0")),
                new InvoiceForm.Line("株式会社 🎉 launch\tparty", d("1"), d("50"), d("0"))),
            "Merci ! Grüße, Øyvind\nSecond line");
    String text = text(pdf.render(s));
    assertThat(text)
        .contains("Zażółć gęślą jaźń Sp. z o.o.")
        .contains("Дизайн логотипа – Ελληνικά")
        .contains("???? ? launch party")
        .contains("Merci ! Grüße, Øyvind", "Second line");
  }

  @Test
  void manyLinesContinueOnNextPages() throws IOException {
    List<InvoiceForm.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 90; i++) {
      lines.add(new InvoiceForm.Line("Support ticket #" + i, d("1"), d("10"), d("0")));
    }
    byte[] bytes = pdf.render(statement("Acme Corp", InvoiceStatus.OVERDUE, 0, lines, null));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(text(bytes))
        .contains("Support ticket #1 1 EUR 10.00", "Support ticket #90", "Total EUR 900.00")
        .contains("Page 2 of");
  }

  @Test
  void withoutDejaVuTheStandardFontReplacesWhatItCannotShow() {
    var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertThat(InvoicePdf.Fonts.printable(helvetica, "Zażółć € 5\n")).isEqualTo("Za?ó?? € 5 ");
  }

  static Statement statement(
      String client,
      InvoiceStatus status,
      long paid,
      List<InvoiceForm.Line> formLines,
      String note) {
    DraftRules.Priced priced =
        DraftRules.check(
            new InvoiceForm(
                "EUR", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 17), note, formLines));
    Invoice invoice =
        new Invoice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    invoice.edit(null, priced);
    List<InvoiceLine> lines =
        priced.lines().stream().map(l -> new InvoiceLine(invoice, l)).toList();
    return new Statement(
        invoice.getId(),
        invoice.getWorkspaceId(),
        "INV-0042",
        status,
        new Branding("Northwind Studio", null, "#7c3aed", null, "hello@northwind.studio"),
        client,
        "Website",
        "EUR",
        priced.issueDate(),
        priced.dueDate(),
        priced.noteToClient(),
        lines,
        priced.totals().netMinor(),
        priced.totals().taxMinor(),
        priced.totals().totalMinor(),
        paid,
        status == InvoiceStatus.PAID ? LocalDate.of(2025, 3, 20) : null);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
