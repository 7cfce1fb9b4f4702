package dev.portico.workspace;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How well white text reads on an accent colour: the WCAG 2.x contrast ratio from relative
 * luminance. Portal buttons and mail buttons put white text on the accent, so an accent must reach
 * 4.5:1 (level AA for normal text).
 */
public final class AccentContrast {

  /** WCAG 2.x level AA for normal-sized text. */
  public static final double MINIMUM = 4.5;

  private static final Pattern HEX = Pattern.compile("^#[0-9a-f]{6}$");

  private AccentContrast() {}

  /** {@code #rrggbb} in lower case, or null when the text is no such colour. */
  public static String normalize(String color) {
    if (color == null) {
      return null;
    }
    String c = color.trim().toLowerCase(Locale.ROOT);
    return HEX.matcher(c).matches() ? c : null;
  }

  /** The contrast ratio of white text on {@code #rrggbb}, from 1 (white) to 21 (black). */
  public static double withWhite(String hex) {
    String c = normalize(hex);
    if (c == null) {
      throw new IllegalArgumentException("Not a #rrggbb colour: " + hex);
    }
    double l =
        0.2126 * channel(c.substring(1, 3))
            + 0.7152 * channel(c.substring(3, 5))
            + 0.0722 * channel(c.substring(5, 7));
    return (1.0 + 0.05) / (l + 0.05);
  }

  /**
   * The ratio as contrast checkers show it, two decimals rounded down (a failing 4.499 never reads
   * "4.50:1").
   */
  public static String label(double ratio) {
    return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
  }

  private static double channel(String hex) {
    double s = Integer.parseInt(hex, 16) / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
