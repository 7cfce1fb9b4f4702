package dev.portico.invoice;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders an invoice as a branded A4 PDF: the agency's name in its accent colour, who it is for,
 * number and dates, the lines with quantity, unit price, tax and total, the totals and what is
 * open, the note, and a stamp (Paid, Void, Draft). Text is set in DejaVu Sans (bundled, embedded as
 * a subset), so names in Latin, Greek or Cyrillic script print as typed; a character the font lacks
 * (e.g. Chinese) prints as "?" instead of failing the invoice.
 */
@Component
public class InvoicePdf {

  private static final Logger log = LoggerFactory.getLogger(InvoicePdf.class);

  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 50;
  private static final float RIGHT = WIDTH - MARGIN;
  private static final float BOTTOM = 70;
  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  private static final Color RULE = new Color(0xe5, 0xe7, 0xeb);
  private static final Color GREEN = new Color(0x15, 0x80, 0x3d);
  private static final Color RED = new Color(0xb9, 0x1c, 0x1c);
  private static final Color DEFAULT_ACCENT = new Color(0x1a, 0x73, 0xe8);

  /** Right edges of the table's columns (description is left-aligned from the margin). */
  private static final float DESCRIPTION_WIDTH = 215;

  private static final float QTY_RIGHT = MARGIN + DESCRIPTION_WIDTH + 50;
  private static final float PRICE_RIGHT = QTY_RIGHT + 90;
  private static final float TAX_RIGHT = PRICE_RIGHT + 45;

  byte[] render(Statement s) {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle("Invoice " + s.title());
      doc.getDocumentInformation().setAuthor(s.branding().agencyName());
      Canvas c = new Canvas(doc, Fonts.load(doc), accent(s.branding().accentColor()));
      c.newPage();
      header(c, s);
      table(c, s);
      totals(c, s);
      note(c, s);
      c.close();
      c.finish(s);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Invoice " + s.title() + " could not be rendered", e);
    }
  }

  private static void header(Canvas c, Statement s) throws IOException {
    float y = HEIGHT - 62;
    c.text(s.branding().agencyName(), c.fonts.bold, 18, MARGIN, y, INK);
    c.textRight("INVOICE", c.fonts.bold, 22, RIGHT, y, c.accent);
    y -= 22;
    if (s.branding().supportEmail() != null) {
      c.text(s.branding().supportEmail(), c.fonts.regular, 9, MARGIN, y, MUTED);
    }
    c.textRight(s.title(), c.fonts.bold, 12, RIGHT, y, INK);
    y -= 40;
    float top = y;
    c.text("Bill to", c.fonts.regular, 9, MARGIN, y, MUTED);
    y -= 15;
    for (String line : c.wrap(s.clientName(), c.fonts.bold, 12, 260)) {
      c.text(line, c.fonts.bold, 12, MARGIN, y, INK);
      y -= 15;
    }
    if (s.projectName() != null) {
      for (String line : c.wrap("Project: " + s.projectName(), c.fonts.regular, 10, 260)) {
        c.text(line, c.fonts.regular, 10, MARGIN, y, INK);
        y -= 13;
      }
    }
    float facts = top;
    facts = fact(c, "Issue date", date(s, s.issueDate()), facts);
    facts = fact(c, "Due date", date(s, s.dueDate()), facts);
    facts = fact(c, "Status", status(s), facts);
    c.y = Math.min(y, facts) - 24;
  }

  private static float fact(Canvas c, String label, String value, float y) throws IOException {
    c.textRight(label, c.fonts.regular, 9, RIGHT - 120, y, MUTED);
    c.textRight(value, c.fonts.bold, 10, RIGHT, y, INK);
    return y - 15;
  }

  private static void table(Canvas c, Statement s) throws IOException {
    tableHeader(c);
    for (InvoiceLine line : s.lines()) {
      List<String> description =
          c.wrap(line.getDescription(), c.fonts.regular, 10, DESCRIPTION_WIDTH - 10);
      float height = description.size() * 13 + 8;
      if (c.ensure(height)) {
        tableHeader(c);
      }
      float y = c.y;
      for (String text : description) {
        c.text(text, c.fonts.regular, 10, MARGIN, y, INK);
        y -= 13;
      }
      c.fitRight(quantity(line.getQuantity()), c.fonts.regular, 10, QTY_RIGHT, c.y, 45);
      c.fitRight(s.amount(line.getUnitPriceMinor()), c.fonts.regular, 10, PRICE_RIGHT, c.y, 85);
      c.fitRight(percent(line.getTaxRate()), c.fonts.regular, 10, TAX_RIGHT, c.y, 40);
      c.fitRight(s.amount(line.getTotalMinor()), c.fonts.regular, 10, RIGHT, c.y, 95);
      c.y -= height;
      c.rule(c.y + 10, RULE, 0.5f);
    }
  }

  private static void tableHeader(Canvas c) throws IOException {
    c.text("Description", c.fonts.bold, 9, MARGIN, c.y, INK);
    c.textRight("Qty", c.fonts.bold, 9, QTY_RIGHT, c.y, INK);
    c.textRight("Unit price", c.fonts.bold, 9, PRICE_RIGHT, c.y, INK);
    c.textRight("Tax", c.fonts.bold, 9, TAX_RIGHT, c.y, INK);
    c.textRight("Total", c.fonts.bold, 9, RIGHT, c.y, INK);
    c.rule(c.y - 5, c.accent, 1.2f);
    c.y -= 20;
  }

  private static void totals(Canvas c, Statement s) throws IOException {
    c.ensure(110);
    c.y -= 6;
    float labels = RIGHT - 220;
    total(c, "Net", s.amount(s.netMinor()), labels, false);
    total(c, "Tax", s.amount(s.taxMinor()), labels, false);
    c.line(labels, c.y + 9, RIGHT, c.y + 9, c.accent, 1f);
    c.y -= 4;
    total(c, "Total", s.amount(s.totalMinor()), labels, true);
    if (s.paidMinor() > 0) {
      total(c, "Paid", s.amount(s.paidMinor()), labels, false);
    }
    switch (s.status()) {
      case PAID ->
          c.textRight(
              "Paid in full"
                  + (s.paidOn() == null ? "" : " on " + date(s, s.paidOn()))
                  + ". Thank you!",
              c.fonts.bold,
              10,
              RIGHT,
              c.y - 4,
              GREEN);
      case VOID ->
          c.textRight(
              "This invoice is void: nothing to pay.", c.fonts.bold, 10, RIGHT, c.y - 4, RED);
      default -> total(c, "Open amount", s.amount(s.openMinor()), labels, true);
    }
    c.y -= 24;
  }

  private static void total(Canvas c, String label, String value, float x, boolean strong)
      throws IOException {
    var font = strong ? c.fonts.bold : c.fonts.regular;
    float size = strong ? 11 : 10;
    c.text(label, font, size, x, c.y, INK);
    c.fitRight(value, font, size, RIGHT, c.y, 130);
    c.y -= strong ? 18 : 15;
  }

  private static void note(Canvas c, Statement s) throws IOException {
    if (s.noteToClient() == null) {
      return;
    }
    c.ensure(40);
    c.text("Note", c.fonts.bold, 9, MARGIN, c.y, MUTED);
    c.y -= 14;
    for (String paragraph : s.noteToClient().split("\\R")) {
      for (String line : c.wrap(paragraph, c.fonts.regular, 10, RIGHT - MARGIN)) {
        c.ensure(13);
        c.text(line, c.fonts.regular, 10, MARGIN, c.y, INK);
        c.y -= 13;
      }
    }
  }

  private static String status(Statement s) {
    return switch (s.status()) {
      case DRAFT -> "Draft";
      case SENT -> "Open";
      case OVERDUE -> "Overdue";
      case PAID -> "Paid";
      case VOID -> "Void";
    };
  }

  /** A date of the statement's invoice as its agency writes dates in documents. */
  static String date(Statement s, LocalDate date) {
    return date == null ? "" : s.branding().dateStyle().longDate(date);
  }

  static String quantity(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  static String percent(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString() + " %";
  }

  private static Color accent(String hex) {
    if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
      return new Color(Integer.parseInt(hex.substring(1), 16));
    }
    return DEFAULT_ACCENT;
  }

  /** The two faces in use; DejaVu Sans when it loads, else Helvetica with "?" for the rest. */
  record Fonts(PDFont regular, PDFont bold) {

    static Fonts load(PDDocument doc) {
      try (InputStream regular = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream();
          InputStream bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getInputStream()) {
        return new Fonts(PDType0Font.load(doc, regular), PDType0Font.load(doc, bold));
      } catch (IOException | RuntimeException e) {
        log.warn(
            "DejaVu Sans not available; invoices use Helvetica (Latin-1 only): {}", e.toString());
        return new Fonts(
            new PDType1Font(Standard14Fonts.FontName.HELVETICA),
            new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
      }
    }

    /** The text with what the font cannot show replaced: controls by spaces, the rest by "?". */
    static String printable(PDFont font, String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                  out.append(' ');
                  return;
                }
                String one = new String(Character.toChars(cp));
                try {
                  font.encode(one);
                  out.append(one);
                } catch (IOException | IllegalArgumentException e) {
                  out.append('?');
                }
              });
      return out.toString();
    }
  }

  /** Pages being written: the current content stream and the cursor's height on the page. */
  private static final class Canvas {

    private final PDDocument doc;
    private final Fonts fonts;
    private final Color accent;
    private PDPageContentStream cs;
    private float y;

    Canvas(PDDocument doc, Fonts fonts, Color accent) {
      this.doc = doc;
      this.fonts = fonts;
      this.accent = accent;
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      cs.setNonStrokingColor(accent);
      cs.addRect(0, HEIGHT - 10, WIDTH, 10);
      cs.fill();
      y = HEIGHT - MARGIN - 10;
    }

    /**
     * @return whether a new page was started to make room
     */
    boolean ensure(float height) throws IOException {
      if (y - height >= BOTTOM) {
        return false;
      }
      newPage();
      return true;
    }

    void close() throws IOException {
      if (cs != null) {
        cs.close();
        cs = null;
      }
    }

    /** Page numbers, the agency in the footer, and the stamp on the first page. */
    void finish(Statement s) throws IOException {
      int count = doc.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        PDPage page = doc.getPage(i);
        try (PDPageContentStream footer =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          cs = footer;
          String from =
              s.branding().agencyName()
                  + (s.branding().supportEmail() == null
                      ? ""
                      : " · " + s.branding().supportEmail());
          line(MARGIN, 48, RIGHT, 48, RULE, 0.5f);
          text(from + " · Invoice " + s.title(), fonts.regular, 8, MARGIN, 36, MUTED);
          textRight("Page " + (i + 1) + " of " + count, fonts.regular, 8, RIGHT, 36, MUTED);
          if (i == 0) {
            stamp(s);
          }
        } finally {
          cs = null;
        }
      }
    }

    private void stamp(Statement s) throws IOException {
      String word;
      Color color;
      switch (s.status()) {
        case PAID -> {
          word = "PAID";
          color = GREEN;
        }
        case VOID -> {
          word = "VOID";
          color = RED;
        }
        case DRAFT -> {
          word = "DRAFT";
          color = MUTED;
        }
        default -> {
          return;
        }
      }
      cs.saveGraphicsState();
      PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
      translucent.setNonStrokingAlphaConstant(0.22f);
      cs.setGraphicsStateParameters(translucent);
      cs.setNonStrokingColor(color);
      cs.beginText();
      cs.setFont(fonts.bold, 72);
      cs.setTextMatrix(
          Matrix.getRotateInstance(Math.toRadians(18), WIDTH / 2 - 110, HEIGHT * 0.36f));
      cs.showText(word);
      cs.endText();
      cs.restoreGraphicsState();
    }

    void text(String text, PDFont font, float size, float x, float atY, Color color)
        throws IOException {
      String printable = Fonts.printable(font, text);
      if (printable.isBlank()) {
        return;
      }
      cs.beginText();
      cs.setNonStrokingColor(color);
      cs.setFont(font, size);
      cs.newLineAtOffset(x, atY);
      cs.showText(printable);
      cs.endText();
    }

    void textRight(String text, PDFont font, float size, float right, float atY, Color color)
        throws IOException {
      text(text, font, size, right - width(text, font, size), atY, color);
    }

    /** Right-aligned, smaller when it would not fit {@code max} (very large amounts). */
    void fitRight(String text, PDFont font, float size, float right, float atY, float max)
        throws IOException {
      float fitting = size;
      while (fitting > 6 && width(text, font, fitting) > max) {
        fitting -= 0.5f;
      }
      textRight(text, font, fitting, right, atY, INK);
    }

    float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(Fonts.printable(font, text)) / 1000 * size;
    }

    void rule(float atY, Color color, float lineWidth) throws IOException {
      line(MARGIN, atY, RIGHT, atY, color, lineWidth);
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth)
        throws IOException {
      cs.setStrokingColor(color);
      cs.setLineWidth(lineWidth);
      cs.moveTo(x1, y1);
      cs.lineTo(x2, y2);
      cs.stroke();
    }

    /** Lines of at most {@code max} points; a word longer than a line is broken. */
    List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : Fonts.printable(font, text).trim().split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, font, size) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (width(word, font, size) > max) {
          int cut = word.length() - 1;
          while (cut > 1 && width(word.substring(0, cut), font, size) > max) {
            cut--;
          }
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        line.append(word);
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
