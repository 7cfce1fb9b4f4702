package dev.portico.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates and times read everywhere in the UI. */
public final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

  private Formats() {}

  public static String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** File sizes as people read them: 12 KB, 3.4 MB. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    if (bytes < 1024L * 1024 * 1024) {
      return decimal(bytes / (1024.0 * 1024)) + " MB";
    }
    return decimal(bytes / (1024.0 * 1024 * 1024)) + " GB";
  }

  private static String decimal(double value) {
    String text = String.format(Locale.UK, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
