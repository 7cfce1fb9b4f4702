package dev.portico.shared.ui;

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

/**
 * How Portico serves stored files: inline only what the service says is safe to show (its own
 * type), everything else as an octet-stream attachment in a sandbox; always {@code nosniff};
 * private caching. Anything the person may not see is a plain "Not found".
 */
public final class FileResponses {

  private FileResponses() {}

  /**
   * @param inline show it in the page (only for a file the service marked inline)
   */
  public static ResponseEntity<Resource> stored(Download file, boolean inline) {
    boolean show = inline && file.inline();
    ContentDisposition disposition =
        (show ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), StandardCharsets.UTF_8)
            .build();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(
                show
                    ? MediaType.parseMediaType(file.contentType())
                    : MediaType.APPLICATION_OCTET_STREAM)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
    if (!show) {
      response.header("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    return response.body(new FileSystemResource(file.path()));
  }

  public static ResponseEntity<String> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body("Not found");
  }

  /** An id from a path: a malformed one is "not found" like an unknown one. */
  public static UUID id(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what);
    }
  }
}
