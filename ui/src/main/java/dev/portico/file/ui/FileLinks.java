package dev.portico.file.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/** Where a shared file downloads from, for staff and the client alike. */
public final class FileLinks {

  private FileLinks() {}

  public static String url(UUID fileId) {
    return "/files/shared/" + fileId;
  }

  /** A link that saves the file (an attachment, never shown in the page). */
  public static Anchor download(UUID fileId, String fileName) {
    Anchor link = new Anchor(url(fileId), "");
    link.add(VaadinIcon.DOWNLOAD_ALT.create());
    link.add(fileName);
    link.getElement().setAttribute("download", true);
    link.getElement().setAttribute("router-ignore", true); // a file, not a view
    link.addClassName("file-link");
    return link;
  }
}
