package dev.portico.shared.files;

/**
 * A file as Portico keeps it.
 *
 * @param sha256 content hash, hex; also where the bytes live
 * @param contentType detected from the bytes, never from the name or the browser
 * @param fileName the uploader's name, cleaned: no path, no control characters
 * @param inline whether browsers may show it in the page; otherwise download only
 */
public record StoredFile(
    String sha256, long size, String contentType, String fileName, boolean inline) {}
