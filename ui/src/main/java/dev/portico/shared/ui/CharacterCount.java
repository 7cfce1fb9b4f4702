package dev.portico.shared.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * A text area that says how much of its limit is used ("120 / 5000") as the person types. The count
 * runs in the browser, so the value still reaches the server only on change: a click on a button
 * right after typing never sends a stale value. The server only asks the browser to count again
 * when it changes the value itself (a form emptied after sending).
 */
public final class CharacterCount {

  private static final String SHOW = "this.helperText = (this.value || '').length + ' / ' + $0;";

  private static final String COUNT_WHILE_TYPING =
      """
      const area = this;
      if (!area.__porticoCount) {
        area.__porticoCount = true;
        area.addEventListener('input', () => {
          area.helperText = (area.value || '').length + ' / ' + $0;
        });
      }
      """
          + SHOW;

  private CharacterCount() {}

  public static TextArea limit(TextArea area, int max) {
    area.setMaxLength(max);
    area.addAttachListener(e -> area.getElement().executeJs(COUNT_WHILE_TYPING, max));
    area.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            area.getElement().executeJs(SHOW, max);
          }
        });
    return area;
  }
}
