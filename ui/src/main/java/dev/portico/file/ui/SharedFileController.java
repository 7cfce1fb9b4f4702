package dev.portico.file.ui;

import dev.portico.file.SharedFileDownloads;
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
 * Serves shared files, always as attachments (octet-stream, {@code nosniff}, sandboxed): to the
 * agency's staff, and to the client company while the file is shared with it ({@link
 * SharedFileDownloads} decides and records the client's download). Anyone else gets "not found".
 */
@Controller
class SharedFileController {

  private final SharedFileDownloads downloads;

  SharedFileController(SharedFileDownloads downloads) {
    this.downloads = downloads;
  }

  @GetMapping("/files/shared/{fileId}")
  ResponseEntity<Resource> file(@PathVariable String fileId) {
    return FileResponses.stored(downloads.open(FileResponses.id(fileId, "File")), false);
  }

  @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
  ResponseEntity<String> notFound() {
    return FileResponses.notFound();
  }
}
