package dev.portico.deliverable.ui;

import dev.portico.deliverable.DeliverableFiles;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ui.FileResponses;
import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves deliverable files. Only safe types (raster images, video) are shown inline; a PDF is an
 * attachment, shown in the page as server-rendered images of its pages; everything else is an
 * attachment sent as octet-stream. Always {@code nosniff}; HTTP Range requests work (video seeking)
 * through Spring's resource regions.
 */
@Controller
class DeliverableFileController {

  private final DeliverableFiles files;

  DeliverableFileController(DeliverableFiles files) {
    this.files = files;
  }

  @GetMapping("/files/deliverables/{versionId}")
  ResponseEntity<Resource> file(
      @PathVariable String versionId, @RequestParam(defaultValue = "false") boolean download) {
    return FileResponses.stored(files.open(parse(versionId)), !download);
  }

  /** A page of a PDF as a PNG: how PDFs are shown, since the PDF itself may carry script. */
  @GetMapping("/files/deliverables/{versionId}/pages/{page}")
  ResponseEntity<byte[]> pdfPage(@PathVariable String versionId, @PathVariable String page) {
    byte[] png = files.pdfPage(parse(versionId), parsePage(page));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .body(png);
  }

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return FileResponses.notFound();
  }

  private static int parsePage(String page) {
    try {
      return Integer.parseInt(page);
    } catch (NumberFormatException e) {
      throw new NotFoundException("Page");
    }
  }

  private static UUID parse(String id) {
    return FileResponses.id(id, "File");
  }
}
