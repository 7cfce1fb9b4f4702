package dev.portico.deliverable.ui;

import dev.portico.deliverable.DeliverableFiles;
import dev.portico.deliverable.DeliverableFiles.Download;
import dev.portico.shared.NotFoundException;
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
 * Serves deliverable files. Only safe types (raster images, PDF, video) are shown inline;
 * everything else is an attachment sent as octet-stream. Always {@code nosniff}; HTTP Range
 * requests work (video seeking) through Spring's resource regions.
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

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body("Not found");
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("File");
    }
  }
}
