package dev.portico.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import dev.portico.shared.DateStyle;
import java.util.List;

/**
 * Date pickers that read and write dates the way every page shows them (the workspace's {@link
 * DateStyle}): "30 Jan 2027" is shown, and "30 Jan 2027", "30 January 2027", "30/1/2027" and
 * "2027-01-30" are all understood in an en-GB workspace. Create every date field here.
 */
public final class DateFields {

  private DateFields() {}

  public static DatePicker picker(String label) {
    return localized(new DatePicker(label));
  }

  public static DatePicker picker() {
    return localized(new DatePicker());
  }

  /** Applies the current page's date style to {@code picker}. */
  public static DatePicker localized(DatePicker picker) {
    DateStyle style = Formats.style();
    List<String> patterns = style.inputPatterns();
    DatePickerI18n i18n = new DatePickerI18n();
    i18n.setDateFormats(
        patterns.getFirst(), patterns.subList(1, patterns.size()).toArray(String[]::new));
    i18n.setFirstDayOfWeek(style.firstDayOfWeek().getValue() % 7);
    picker.setI18n(i18n);
    picker.setLocale(style.locale());
    return picker;
  }
}
