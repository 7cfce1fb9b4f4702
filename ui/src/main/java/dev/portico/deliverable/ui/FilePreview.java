package dev.portico.deliverable.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.UUID;

/**
 * Shows a deliverable version in the page when its type is safe to render (raster image, PDF in the
 * browser's viewer, video in the HTML5 player); anything else gets a download link only. The bytes
 * come from {@code /files/deliverables/{versionId}}, which checks access and sets safe headers.
 */
public final class FilePreview extends Div {

  public FilePreview(
      UUID versionId, String fileName, String contentType, boolean inline, long sizeBytes) {
    addClassName("file-preview");
    String src = url(versionId);
    if (inline && contentType.startsWith("image/")) {
      Image image = new Image(src, fileName);
      image.addClassName("preview-image");
      add(image);
    } else if (inline && contentType.equals("application/pdf")) {
      IFrame pdf = new IFrame(src);
      pdf.setTitle(fileName);
      pdf.addClassName("preview-pdf");
      add(pdf);
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
