package dev.portico.testsupport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real files for upload tests: a PNG a browser can decode, a PDF a viewer can open. */
public final class SampleFiles {

  private SampleFiles() {}

  /** A 640×400 PNG with a coloured background and a caption. */
  public static byte[] png(Color background, String caption) {
    BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, 640, 400);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
    g.drawString(caption, 40, 210);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with one line of text, with a correct cross-reference table. */
  public static byte[] pdf(String text) {
    return pdf(text, 0);
  }

  /** The same, made larger by an unused stream of {@code padding} bytes. */
  public static byte[] pdf(String text, int padding) {
    return pdf(text, padding, "");
  }

  /** A one-page PDF that runs JavaScript when a viewer opens it ({@code /OpenAction}). */
  public static byte[] pdfWithOpenActionScript(String text) {
    return pdf(text, 0, " /OpenAction << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>");
  }

  private static byte[] pdf(String text, int padding, String catalogExtra) {
    String content =
        "BT /F1 28 Tf 72 720 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R" + catalogExtra + " >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + padding + " >>\nstream\n" + "0".repeat(padding) + "\nendstream"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Writes bytes to a temporary file with the given name, for a browser's file chooser. */
  public static Path file(String name, byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory("portico-upload");
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
