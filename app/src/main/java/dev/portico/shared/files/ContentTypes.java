package dev.portico.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which detected types a browser may show in the page: raster images, PDF and common video.
 * Everything else (HTML, SVG, scripts, office files, archives, unknown) is download only.
 */
public final class ContentTypes {

  static final Set<String> INLINE =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/pdf",
          "video/mp4",
          "video/webm",
          "video/ogg",
          "video/quicktime");

  /** How many leading bytes {@link #refine} looks at. */
  static final int HEAD_BYTES = 64;

  /** MP4 major brands (ISO base media): what phones, cameras and encoders write. */
  private static final Set<String> MP4_BRANDS =
      Set.of(
          "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "M4VP");

  /** Types a browser runs when it opens them: script can hide in each. */
  private static final Map<String, String> ACTIVE =
      Map.of(
          "text/html", "an HTML page",
          "application/xhtml+xml", "an HTML page",
          "image/svg+xml", "an SVG image",
          "application/javascript", "a script",
          "text/javascript", "a script");

  private static final Set<String> ACTIVE_EXTENSIONS =
      Set.of("html", "htm", "xhtml", "xht", "svg", "svgz", "js", "mjs");

  /** Extensions whose type people rely on when they open a file, and that type. */
  private static final Map<String, String> CLAIMED =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp",
          "pdf", "application/pdf");

  private static final Map<String, String> CLAIMED_NAMES =
      Map.of(
          "image/png", "a PNG image",
          "image/jpeg", "a JPEG image",
          "image/gif", "a GIF image",
          "image/webp", "a WebP image",
          "application/pdf", "a PDF");

  private ContentTypes() {}

  /**
   * Why a file hides what it is, if it does: active content (HTML, SVG, script) under another name,
   * or a name that says image or PDF over other bytes. Such a file would surprise whoever opens it;
   * an honestly named one is only ever downloaded, never shown.
   *
   * @param detected the type {@link FileStore} detected from the bytes
   */
  public static Optional<String> disguise(String fileName, String detected) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String active = ACTIVE.get(detected);
    if (active != null && !ACTIVE_EXTENSIONS.contains(extension)) {
      return Optional.of(
          fileName + " is not what its name says: it is " + active + ". It cannot be shared.");
    }
    String claimed = CLAIMED.get(extension);
    if (claimed != null && !claimed.equals(detected)) {
      return Optional.of(
          fileName
              + " is not "
              + CLAIMED_NAMES.get(claimed)
              + ", whatever its name says. Check the file and upload it again.");
    }
    return Optional.empty();
  }

  /**
   * Tika's byte detection stops at the container for two common video formats: every Matroska file
   * (WebM included) is {@code application/x-matroska}, and MP4 files with the usual {@code
   * isom}/{@code avc1} brands are generic {@code video/quicktime}. This looks one step further into
   * the same bytes (the EBML DocType, the {@code ftyp} major brand); the file name plays no part.
   */
  static String refine(String detected, byte[] head) {
    if (detected.equals("application/x-matroska") || detected.equals("video/x-matroska")) {
      String docType = ebmlDocType(head);
      if ("webm".equals(docType)) {
        return "video/webm";
      }
      return "matroska".equals(docType) ? "video/x-matroska" : detected;
    }
    if (detected.equals("video/quicktime") && head.length >= 12) {
      String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
      String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
      if (box.equals("ftyp") && MP4_BRANDS.contains(brand)) {
        return "video/mp4";
      }
    }
    return detected;
  }

  /** The DocType string of an EBML header (element 0x4282 with a one-byte size), or null. */
  private static String ebmlDocType(byte[] head) {
    for (int i = 4; i + 2 < head.length; i++) {
      if ((head[i] & 0xff) == 0x42 && (head[i + 1] & 0xff) == 0x82) {
        int size = head[i + 2] & 0xff;
        if ((size & 0x80) == 0) {
          return null;
        }
        size &= 0x7f;
        if (i + 3 + size > head.length) {
          return null;
        }
        return new String(head, i + 3, size, StandardCharsets.US_ASCII);
      }
    }
    return null;
  }

  public static boolean isInline(String contentType) {
    return INLINE.contains(contentType);
  }

  public static boolean isImage(String contentType) {
    return isInline(contentType) && contentType.startsWith("image/");
  }

  public static boolean isVideo(String contentType) {
    return isInline(contentType) && contentType.startsWith("video/");
  }
}
