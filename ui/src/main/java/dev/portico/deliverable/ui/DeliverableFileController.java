package dev.portico.deliverable.ui;

import dev.portico.deliverable.DeliverableFiles;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.files.Download;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
    Download file = files.open(parse(versionId));
    boolean inline = file.inline() && !download;
    ContentDisposition disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), StandardCharsets.UTF_8)
            .build();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(
                inline
                    ? MediaType.parseMediaType(file.contentType())
                    : MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
    if (!inline) {
      response.header("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    return response.body(new FileSystemResource(file.path()));
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
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body("Not found");
  }

  private static int parsePage(String page) {
    try {
      return Integer.parseInt(page);
    } catch (NumberFormatException e) {
      throw new NotFoundException("Page");
    }
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("File");
    }
  }
}
