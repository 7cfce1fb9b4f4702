package dev.portico.shared.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders PDF pages to PNG images on the server, so a browser shows a PDF without ever running it:
 * no document JavaScript, forms or actions reach a viewer. Memory stays bounded: at most {@link
 * #MAX_PAGES} pages are offered, each at most {@link #MAX_WIDTH} pixels wide and {@link
 * #MAX_PIXELS} in all, parsed with a temporary-file cache, and two renders at a time.
 */
@Component
public class PdfPages {

  /** Pages offered as images; the rest only in the download. */
  public static final int MAX_PAGES = 20;

  static final int MAX_WIDTH = 1240;
  static final long MAX_PIXELS = 1240L * 1754 * 2;
  private static final float MAX_SCALE = 2f;
  private static final Logger log = LoggerFactory.getLogger(PdfPages.class);

  private final Semaphore renders = new Semaphore(2);

  /** How many pages the PDF has; 0 when it cannot be read. */
  public int count(Path pdf) {
    try (PDDocument document = load(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException | RuntimeException e) {
      log.info("PDF {} cannot be read for a preview: {}", pdf.getFileName(), e.toString());
      return 0;
    }
  }

  /** Page {@code number} (1-based, up to {@link #MAX_PAGES}) as a PNG, if the PDF has it. */
  public Optional<byte[]> png(Path pdf, int number) {
    if (number < 1 || number > MAX_PAGES) {
      return Optional.empty();
    }
    renders.acquireUninterruptibly();
    try (PDDocument document = load(pdf)) {
      if (number > document.getNumberOfPages()) {
        return Optional.empty();
      }
      PDPage page = document.getPage(number - 1);
      BufferedImage image =
          new PDFRenderer(document).renderImage(number - 1, scale(page), ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return Optional.of(png.toByteArray());
    } catch (IOException | RuntimeException e) {
      log.info("Page {} of PDF {} cannot be rendered: {}", number, pdf.getFileName(), e.toString());
      return Optional.empty();
    } finally {
      renders.release();
    }
  }

  /** Pixels per point: as wide as {@link #MAX_WIDTH}, within {@link #MAX_PIXELS}. */
  static float scale(PDPage page) {
    PDRectangle box = page.getCropBox();
    boolean sideways = page.getRotation() % 180 != 0;
    float width = Math.max(1f, sideways ? box.getHeight() : box.getWidth());
    float height = Math.max(1f, sideways ? box.getWidth() : box.getHeight());
    float scale = Math.min(MAX_SCALE, MAX_WIDTH / width);
    float area = (float) Math.sqrt(MAX_PIXELS / (double) (width * height));
    return Math.min(scale, area);
  }

  private static PDDocument load(Path pdf) throws IOException {
    return Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
  }
}
