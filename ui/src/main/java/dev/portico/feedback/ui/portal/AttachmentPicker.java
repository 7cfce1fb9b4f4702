package dev.portico.feedback.ui.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.portico.feedback.ClientFeedback.FeedbackUpload;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files a client attaches to feedback. The browser uploads each file as soon as it is picked;
 * it waits in a temporary file until the feedback is sent (then the feedback service stores it
 * under the same rules as deliverables) or the page is left (then it is deleted).
 */
class AttachmentPicker extends Div {

  private static final Logger log = LoggerFactory.getLogger(AttachmentPicker.class);

  /** A picked file, waiting to be sent. */
  private record Picked(String fileName, Path path) {}

  /** The picked files opened for sending; closing closes them. */
  static final class Opened implements AutoCloseable {
    private final List<InputStream> streams = new ArrayList<>();
    private final List<FeedbackUpload> uploads = new ArrayList<>();

    List<FeedbackUpload> uploads() {
      return uploads;
    }

    @Override
    public void close() {
      for (InputStream in : streams) {
        try {
          in.close();
        } catch (IOException e) {
          log.debug("Could not close an attachment", e);
        }
      }
    }
  }

  /** Touched on the UI thread only (uploads hand over through {@link UI#access}). */
  private final List<Picked> picked = new ArrayList<>();

  private final Upload upload;

  AttachmentPicker(long maxBytes, int maxFiles) {
    addClassName("attachment-picker");
    String limit = Formats.size(maxBytes);
    upload = new Upload(event -> receive(event, maxBytes, limit));
    upload.setMaxFiles(maxFiles);
    upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
    upload.setDropLabel(
        new Span("or drop them here: up to " + maxFiles + " files, each up to " + limit + "."));
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Attach a file…").setMany("Attach files…"));
    i18n.setError(
        new UploadI18N.Error()
            .setFileIsTooBig("Too large: files can be up to " + limit + ".")
            .setTooManyFiles("At most " + maxFiles + " files."));
    // A file the server refused (empty, too large) stays listed until removed; the notification
    // says why.
    i18n.setUploading(
        new UploadI18N.Uploading()
            .setError(
                new UploadI18N.Uploading.Error()
                    .setForbidden("Not attached. Remove it and choose another file.")
                    .setFileTooLarge("Too large: files can be up to " + limit + ".")));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(e -> Actions.error(e.getErrorMessage()));
    upload.addFileRemovedListener(e -> discard(e.getFileName()));
    upload.setWidthFull();
    Span label = new Span("Files (optional)");
    label.addClassName("field-label");
    add(label, upload);
    addDetachListener(e -> clear());
  }

  boolean isUploading() {
    return upload.isUploading();
  }

  /** Opens the picked files for sending; the caller closes the result. */
  Opened open() {
    Opened opened = new Opened();
    try {
      for (Picked p : picked) {
        InputStream in = Files.newInputStream(p.path());
        opened.streams.add(in);
        opened.uploads.add(new FeedbackUpload(p.fileName(), in));
      }
      return opened;
    } catch (IOException e) {
      opened.close();
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets every picked file and empties the list (after sending, or leaving the page). */
  void clear() {
    picked.forEach(p -> delete(p.path()));
    picked.clear();
    upload.clearFileList();
  }

  /** Runs on the upload request's thread, without the session lock. */
  private void receive(UploadEvent event, long maxBytes, String limit) throws IOException {
    String name = event.getFileName();
    UI ui = event.getUI();
    Path file = Files.createTempFile("portico-feedback-", ".upload");
    long size;
    try (InputStream in = event.getInputStream();
        OutputStream out = Files.newOutputStream(file)) {
      size = copyAtMost(in, out, maxBytes);
    } catch (IOException e) {
      delete(file);
      throw e;
    }
    String refusal =
        size < 0
            ? name + " is too large: files can be up to " + limit + "."
            : size == 0 ? name + " is empty. Choose a file with content." : null;
    if (refusal != null) {
      delete(file);
      event.reject(refusal);
      ui.access(() -> Actions.error(refusal));
      return;
    }
    try {
      ui.access(
          () -> {
            if (isAttached()) {
              picked.add(new Picked(name, file));
            } else {
              delete(file);
            }
          });
    } catch (UIDetachedException e) {
      delete(file); // the page was closed while the file was on its way
    }
  }

  private void discard(String fileName) {
    picked.stream()
        .filter(p -> p.fileName().equals(fileName))
        .findFirst()
        .ifPresent(
            p -> {
              picked.remove(p);
              delete(p.path());
            });
  }

  /** Copies at most {@code max} bytes; -1 when there was more. */
  private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total > max) {
        return -1;
      }
      out.write(buffer, 0, read);
    }
    return total;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete the temporary upload {}", file, e);
    }
  }
}
