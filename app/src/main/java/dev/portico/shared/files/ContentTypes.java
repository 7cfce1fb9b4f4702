package dev.portico.shared.files;

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

  private ContentTypes() {}

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
