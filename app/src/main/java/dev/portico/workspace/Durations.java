package dev.portico.workspace;

import dev.portico.shared.ValidationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as process owners write them ("3 days", "12 hours", "2 weeks", "3d", a bare number of
 * days, or ISO 8601 such as P3D and PT12H) and as the models read them (ISO 8601: whole days as
 * {@code P3D}, anything else as {@code PT36H}).
 */
public final class Durations {

  private static final Pattern WRITTEN =
      Pattern.compile("^(\\d{1,4})\\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?)?$");

  private Durations() {}

  /**
   * @param what the field's name for the message, e.g. "Invitation reminder"
   */
  public static Duration parse(String text, String what) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      throw new ValidationException(what + ": enter a duration such as 3 days or 12 hours.");
    }
    Matcher m = WRITTEN.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "d" : m.group(2);
      return switch (unit.charAt(0)) {
        case 'h' -> Duration.ofHours(n);
        case 'w' -> Duration.ofDays(7 * n);
        default -> Duration.ofDays(n);
      };
    }
    if (t.startsWith("p")) {
      try {
        Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
        if (!d.isNegative()) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // falls through to the message below
      }
    }
    throw new ValidationException(
        what + ": \"" + text.trim() + "\" is not a duration such as 3 days or 12 hours.");
  }

  /** A comma-separated schedule, e.g. "3, 7, 14 days" or "3 days, 7 days"; blank: none. */
  public static List<Duration> parseList(String text, String what) {
    List<Duration> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    String[] parts = text.split(",");
    // "3, 7, 14 days": the unit of the last entry applies to bare numbers before it.
    String lastUnit =
        parts[parts.length - 1].trim().toLowerCase(Locale.ROOT).replaceAll("^[\\d\\s]+", "");
    for (String part : parts) {
      String p = part.trim();
      if (p.matches("\\d{1,4}") && !lastUnit.isEmpty() && !lastUnit.startsWith("p")) {
        p = p + " " + lastUnit;
      }
      result.add(parse(p, what));
    }
    return result;
  }

  /** ISO 8601 as the models read it: {@code P3D} for whole days, {@code PT36H} otherwise. */
  public static String iso(Duration d) {
    return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
  }

  /** For people: "3 days", "1 day", "36 hours", "90 minutes". */
  public static String readable(Duration d) {
    if (d.toSeconds() % 86_400 == 0 && !d.isZero()) {
      return plural(d.toDays(), "day");
    }
    if (d.toSeconds() % 3_600 == 0) {
      return plural(d.toHours(), "hour");
    }
    return plural(d.toMinutes(), "minute");
  }

  /** An ISO duration stored earlier, for people; the text itself when it does not parse. */
  public static String readable(String iso) {
    try {
      return readable(Duration.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
