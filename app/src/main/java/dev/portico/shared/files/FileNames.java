package dev.portico.shared.files;

import java.text.Normalizer;

/** Makes an uploader's file name safe to store, show and send back in a header. */
public final class FileNames {

  private static final int MAX_LENGTH = 120;

  private FileNames() {}

  /** The last path segment, without control or reserved characters; "file" if nothing is left. */
  public static String sanitize(String name) {
    String value = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
    value = value.replace('\\', '/');
    value = value.substring(value.lastIndexOf('/') + 1);
    value = value.replaceAll("[\\p{Cntrl}\"<>:|?*;%]", "_").trim();
    value = value.replaceAll("^\\.+", "");
    if (value.length() > MAX_LENGTH) {
      int dot = value.lastIndexOf('.');
      String extension = dot > 0 && value.length() - dot <= 10 ? value.substring(dot) : "";
      value = value.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
    return value.isBlank() ? "file" : value;
  }
}
