package dev.portico.deliverable.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.UUID;

/**
 * Shows a deliverable version in the page when its type is safe to render (raster image, PDF as
 * images of its pages rendered on the server, video in the HTML5 player); anything else gets a
 * download link only. The bytes come from {@code /files/deliverables/{versionId}}, which checks
 * access and sets safe headers.
 */
public final class FilePreview extends Div {

  /** Pages of a PDF shown as images; the download has them all. */
  static final int MAX_PDF_PAGES = 20;

  public FilePreview(
      UUID versionId, String fileName, String contentType, boolean inline, long sizeBytes) {
    this(versionId, fileName, contentType, inline, sizeBytes, 0);
  }

  /**
   * @param pdfPages how many pages a PDF has (0 when it cannot be read); a PDF is shown as images
   *     of its pages, rendered on the server, never in the browser's PDF viewer (PDFs can carry
   *     script)
   */
  public FilePreview(
      UUID versionId,
      String fileName,
      String contentType,
      boolean inline,
      long sizeBytes,
      int pdfPages) {
    addClassName("file-preview");
    String src = url(versionId);
    if (inline && contentType.startsWith("image/")) {
      Image image = new Image(src, fileName);
      image.addClassName("preview-image");
      add(image);
    } else if (contentType.equals("application/pdf") && pdfPages > 0) {
      Div pages = new Div();
      pages.addClassName("preview-pages");
      for (int n = 1; n <= Math.min(pdfPages, MAX_PDF_PAGES); n++) {
        String label = "Page " + n + " of " + pdfPages;
        Image page = new Image(src + "/pages/" + n, fileName + ", " + label.toLowerCase());
        page.addClassName("preview-page");
        page.getElement().setAttribute("loading", n == 1 ? "eager" : "lazy");
        Span caption = new Span(label);
        caption.addClassName("preview-page-number");
        Div frame = new Div(page, caption);
        frame.addClassName("preview-page-frame");
        pages.add(frame);
      }
      add(pages);
      if (pdfPages > MAX_PDF_PAGES) {
        Paragraph more =
            new Paragraph(
                "Showing the first "
                    + MAX_PDF_PAGES
                    + " of "
                    + pdfPages
                    + " pages. Download the PDF to see them all.");
        more.addClassName("no-preview");
        add(more);
      }
    } else if (inline && contentType.startsWith("video/")) {
      Element video = new Element("video");
      video.setAttribute("controls", true);
      video.setAttribute("preload", "metadata");
      video.setAttribute("src", src);
      video.setAttribute("aria-label", fileName);
      video.getClassList().add("preview-video");
      getElement().appendChild(video);
    } else {
      Paragraph note =
          new Paragraph(
              "This file type is not shown in the page. Download it to open it on your computer.");
      note.addClassName("no-preview");
      add(note);
    }
    add(
        new Div(
            downloadLink(
                versionId,
                "Download " + fileName + " (" + DeliverableLabels.size(sizeBytes) + ")")));
  }

  /** A link that saves the version's file (never rendered in the page). */
  public static Anchor downloadLink(UUID versionId, String text) {
    Anchor download = new Anchor(url(versionId) + "?download=true", text);
    download.getElement().setAttribute("download", true);
    download.getElement().setAttribute("router-ignore", true); // a file, not a view
    download.addClassName("download-link");
    return download;
  }

  /** Where the browser fetches a version's bytes. */
  public static String url(UUID versionId) {
    return "/files/deliverables/" + versionId;
  }
}
