package dev.portico.shared.files;

import java.text.Normalizer;

/** Makes an uploader's file name safe to store, show and send back in a header. */
public final class FileNames {

  private static final int MAX_LENGTH = 120;

  private FileNames() {}

  /**
   * The last path segment, without control, reserved or invisible formatting characters; "file" if
   * nothing is left. Bidi controls go (U+202E turns "invoice", U+202E, "gnp.exe" into what reads as
   * "invoiceexe.png"), as do all other format characters (zero-width spaces and joiners, BOM, soft
   * hyphen), which only hide what a name really is.
   */
  public static String sanitize(String name) {
    String value = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
    // \p{Cf} covers U+061C, U+200E/F, U+202A-E, U+2066-9 and the other invisible format chars.
    value = value.replaceAll("\\p{Cf}", "");
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
