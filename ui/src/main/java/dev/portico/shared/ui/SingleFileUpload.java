package dev.portico.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.portico.shared.NotFoundException;
import dev.portico.shared.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One file at a time, stored by a service as it streams in: the size limit is checked in the
 * browser and again by the service, a refusal is the service's message (the upload shows it and a
 * notification says it), and once the upload finished the list empties for the next file and the
 * page hears whether it worked.
 */
public final class SingleFileUpload {

  /** Stores a received file; returns what to tell the person, or throws what refuses it. */
  @FunctionalInterface
  public interface Receiver {
    String store(String fileName, InputStream content) throws IOException;
  }

  private SingleFileUpload() {}

  /**
   * @param maxBytes the largest file, said in the drop label's words by the caller
   * @param tooLarge the message for a file over {@code maxBytes}
   * @param afterEach runs on the UI thread once a file is done: true when it was stored
   */
  public static Upload create(
      long maxBytes,
      String dropLabel,
      String tooLarge,
      Receiver receiver,
      Consumer<Boolean> afterEach) {
    UI ui = UI.getCurrent();
    // [message, "error" or null]: written by the upload's request, read once all finished.
    String[] outcome = new String[2];
    UploadHandler handler =
        event -> {
          String message;
          boolean failed;
          try (InputStream in = event.getInputStream()) {
            message = receiver.store(event.getFileName(), in);
            failed = false;
          } catch (ValidationException | NotFoundException e) {
            event.reject(e.getMessage());
            message = e.getMessage();
            failed = true;
          } catch (ConstraintViolationException e) {
            String first =
                e.getConstraintViolations().stream()
                    .map(v -> v.getMessage())
                    .findFirst()
                    .orElse("This file cannot be taken.");
            event.reject(first);
            message = first;
            failed = true;
          }
          String said = message;
          boolean error = failed;
          ui.access(
              () -> {
                outcome[0] = said;
                outcome[1] = error ? "error" : null;
              });
        };
    Upload upload = new Upload(handler);
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
    upload.setDropLabel(new Span(dropLabel));
    UploadI18N i18n = new UploadI18N();
    i18n.setError(
        new UploadI18N.Error().setFileIsTooBig(tooLarge).setTooManyFiles("One file at a time."));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(e -> Actions.error(e.getErrorMessage()));
    upload.addAllFinishedListener(
        e -> {
          String message = outcome[0];
          if (message == null) {
            return;
          }
          boolean stored = outcome[1] == null;
          outcome[0] = null;
          outcome[1] = null;
          upload.clearFileList();
          if (stored) {
            Actions.success(message);
          } else {
            Actions.error(message);
          }
          afterEach.accept(stored);
        });
    return upload;
  }
}
