package dev.portico.feedback.ui;

import dev.portico.feedback.FeedbackFiles;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ui.FileResponses;
import org.springframework.core.io.Resource;
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
    return FileResponses.stored(files.open(FileResponses.id(attachmentId, "File")), true);
  }

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return FileResponses.notFound();
  }
}
