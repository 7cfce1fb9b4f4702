package dev.portico.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;

/**
 * A list grid on a phone: one column that stacks each row's fields, so nothing is cut off and the
 * list never scrolls sideways; from 40rem (640 px) up, the usual columns. Switches as the window is
 * resized.
 */
public final class PhoneColumn {

  /** Below this window width (px) the grid shows the stacked column; as the CSS's 40rem. */
  static final int PHONE_WIDTH = 640;

  private PhoneColumn() {}

  /**
   * Adds the stacked column to {@code grid} (after its other columns are added).
   *
   * @param header the stacked column's header (e.g. "Company")
   * @param sortProperty the stacked column sorts as this (the first column's sort), or null
   * @param stacked the fields of a row, top to bottom; see {@link #stack}
   */
  public static <T> void add(
      Grid<T> grid, String header, String sortProperty, ValueProvider<T, Component> stacked) {
    List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
    Grid.Column<T> phone = grid.addComponentColumn(stacked).setHeader(header).setFlexGrow(1);
    phone.setVisible(false);
    if (sortProperty != null) {
      phone.setSortable(true).setSortProperty(sortProperty);
    }
    grid.addClassName("phone-stackable");
    grid.addAttachListener(
        attach -> {
          Page page = attach.getUI().getPage();
          page.retrieveExtendedClientDetails(
              details -> show(wide, phone, details.getWindowInnerWidth()));
          Registration resized =
              page.addBrowserWindowResizeListener(e -> show(wide, phone, e.getWidth()));
          Registration[] detached = new Registration[1];
          detached[0] =
              grid.addDetachListener(
                  detach -> {
                    resized.remove();
                    detached[0].remove();
                  });
        });
  }

  /**
   * A stacked cell: the first part as the row's title, the others below it, each on its own line
   * (null parts are left out).
   */
  public static Div stack(Component title, Component... lines) {
    Div cell = new Div();
    cell.addClassName("stacked-row");
    title.addClassName("stacked-title");
    cell.add(title);
    for (Component line : lines) {
      if (line != null) {
        cell.add(line);
      }
    }
    return cell;
  }

  /** A line of a stacked cell: the texts joined with " · " (nulls and blanks left out). */
  public static Span line(String... texts) {
    Span line =
        new Span(
            String.join(
                " · ",
                java.util.Arrays.stream(texts)
                    .filter(Objects::nonNull)
                    .filter(t -> !t.isBlank())
                    .toList()));
    line.addClassName("stacked-line");
    return line;
  }

  private static <T> void show(List<Grid.Column<T>> wide, Grid.Column<T> phone, int width) {
    boolean narrow = width < PHONE_WIDTH;
    phone.setVisible(narrow);
    wide.forEach(c -> c.setVisible(!narrow));
  }
}
