package dev.portico.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dev.portico.shared.DateStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** How dates and times read everywhere in the UI. */
public final class Formats {

  private Formats() {}

  /** The date style of the page being built: the signed-in person's workspace's, or the default. */
  public static DateStyle style() {
    UI ui = UI.getCurrent();
    DateStyle style = ui == null ? null : ComponentUtil.getData(ui, DateStyle.class);
    return style == null ? DateStyle.DEFAULT : style;
  }

  public static String date(LocalDate date) {
    return style().format(date);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? "" : style().dateTime(instant, ZoneId.systemDefault());
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
