package dev.portico.feedback.ui;

import dev.portico.feedback.FeedbackFiles;
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

/**
 * Serves files attached to feedback, to the agency's staff and the client company that sent them
 * ({@link FeedbackFiles} decides; anyone else gets "not found"). Only raster images show in the
 * browser; everything else is an attachment sent as octet-stream. Always {@code nosniff}.
 */
@Controller
class FeedbackFileController {

  private final FeedbackFiles files;

  FeedbackFileController(FeedbackFiles files) {
    this.files = files;
  }

  @GetMapping("/files/feedback/{attachmentId}")
  ResponseEntity<Resource> file(@PathVariable String attachmentId) {
    Download file = files.open(parse(attachmentId));
    ContentDisposition disposition =
        (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), StandardCharsets.UTF_8)
            .build();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(
                file.inline()
                    ? MediaType.parseMediaType(file.contentType())
                    : MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
    if (!file.inline()) {
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
