package dev.portico.shared.files;

import java.nio.file.Path;

/**
 * A stored file someone may download now: where its bytes are and how to serve them.
 *
 * @param inline whether browsers may show it in the page; otherwise an attachment
 */
public record Download(Path path, String fileName, String contentType, boolean inline, long size) {}
