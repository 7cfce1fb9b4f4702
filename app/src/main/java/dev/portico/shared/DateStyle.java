package dev.portico.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a workspace writes and reads dates, the same on every page, in the date pickers and in mails
 * (decision 019). Patterns use the letters both java.time and the date picker's parser (date-fns)
 * understand: {@code d dd M MM MMM MMMM yyyy}. Short month names are the English three letters
 * ("Sep", never "Sept") so what a page shows can be typed back into a picker as it reads.
 */
public enum DateStyle {
  EN_GB(
      "en-GB",
      "English (UK): 30 Jan 2027",
      "d MMM yyyy",
      List.of("d MMMM yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd"),
      "d MMMM yyyy",
      "HH:mm",
      DayOfWeek.MONDAY),
  EN_US(
      "en-US",
      "English (US): Jan 30, 2027",
      "MMM d, yyyy",
      List.of("MMMM d, yyyy", "MMM d yyyy", "M/d/yyyy", "yyyy-MM-dd"),
      "MMMM d, yyyy",
      "h:mm a",
      DayOfWeek.SUNDAY),
  DE_DE(
      "de-DE",
      "Deutsch: 30.01.2027",
      "dd.MM.yyyy",
      List.of("d.M.yyyy", "yyyy-MM-dd"),
      "d. MMMM yyyy",
      "HH:mm",
      DayOfWeek.MONDAY),
  FR_FR(
      "fr-FR",
      "Français : 30/01/2027",
      "dd/MM/yyyy",
      List.of("d/M/yyyy", "yyyy-MM-dd"),
      "d MMMM yyyy",
      "HH:mm",
      DayOfWeek.MONDAY),
  NL_NL(
      "nl-NL",
      "Nederlands: 30-01-2027",
      "dd-MM-yyyy",
      List.of("d-M-yyyy", "d/M/yyyy", "yyyy-MM-dd"),
      "d MMMM yyyy",
      "HH:mm",
      DayOfWeek.MONDAY);

  public static final DateStyle DEFAULT = EN_GB;

  private static final String[] SHORT_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final String tag;
  private final String label;
  private final String pattern;
  private final List<String> alsoAccepted;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter time;
  private final DayOfWeek firstDayOfWeek;

  DateStyle(
      String tag,
      String label,
      String pattern,
      List<String> alsoAccepted,
      String longPattern,
      String timePattern,
      DayOfWeek firstDayOfWeek) {
    this.tag = tag;
    this.label = label;
    this.pattern = pattern;
    this.alsoAccepted = alsoAccepted;
    this.longDate = DateTimeFormatter.ofPattern(longPattern, Locale.forLanguageTag(tag));
    this.time = DateTimeFormatter.ofPattern(timePattern, Locale.forLanguageTag(tag));
    this.firstDayOfWeek = firstDayOfWeek;
  }

  /** The style stored as {@code tag} ("en-GB"); empty for one Portico does not offer. */
  public static Optional<DateStyle> ofTag(String tag) {
    for (DateStyle style : values()) {
      if (style.tag.equalsIgnoreCase(tag)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }

  public String tag() {
    return tag;
  }

  /** How the style reads in a settings list: its name and an example date. */
  public String label() {
    return label;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public DayOfWeek firstDayOfWeek() {
    return firstDayOfWeek;
  }

  /** What pages show and pickers write: "30 Jan 2027". */
  public String pattern() {
    return pattern;
  }

  /** What a date picker reads: the page's pattern first, then other ways people type a date. */
  public List<String> inputPatterns() {
    List<String> all = new ArrayList<>();
    all.add(pattern);
    all.addAll(alsoAccepted);
    return List.copyOf(all);
  }

  /** A date as pages show it; an em dash for none. */
  public String format(LocalDate date) {
    return date == null ? "—" : format(pattern, date);
  }

  /** A date in a sentence of a mail: "30 January 2027". */
  public String longDate(LocalDate date) {
    return longDate.format(date);
  }

  /** A moment as pages show it, in {@code zone}: "30 Jan 2027, 14:05". */
  public String dateTime(Instant instant, ZoneId zone) {
    var at = instant.atZone(zone);
    return format(at.toLocalDate()) + ", " + time.format(at);
  }

  /** Applies {@code pattern}'s letters to {@code date}; other characters are copied as they are. */
  static String format(String pattern, LocalDate date) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      switch (c) {
        case 'd' -> out.append(pad(date.getDayOfMonth(), run));
        case 'y' -> out.append(run == 2 ? pad(date.getYear() % 100, 2) : date.getYear());
        case 'M' ->
            out.append(
                switch (run) {
                  case 1, 2 -> pad(date.getMonthValue(), run);
                  case 3 -> SHORT_MONTHS[date.getMonthValue() - 1];
                  default ->
                      date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
                });
        default -> out.append(String.valueOf(c).repeat(run));
      }
      i += run;
    }
    return out.toString();
  }

  private static String pad(int value, int width) {
    String text = Integer.toString(value);
    return width == 2 && text.length() < 2 ? "0" + text : text;
  }
}
