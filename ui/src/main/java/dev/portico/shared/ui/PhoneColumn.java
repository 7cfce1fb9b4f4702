package dev.portico.shared.ui;

import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
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
   * Adds the stacked column to {@code grid} (after its other columns are added). The browser draws
   * it from each row's {@link Stacked} texts: no components are kept per row.
   *
   * @param header the stacked column's header (e.g. "Company")
   * @param sortProperty the stacked column sorts as this (the first column's sort), or null
   * @param stacked the fields of a row, top to bottom
   */
  public static <T> void add(
      Grid<T> grid, String header, String sortProperty, ValueProvider<T, Stacked> stacked) {
    List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
    LitRenderer<T> renderer =
        LitRenderer.<T>of(TEMPLATE)
            .withProperty("title", r -> stacked.apply(r).title)
            .withProperty("above", r -> stacked.apply(r).above)
            .withProperty("hasBadge", r -> stacked.apply(r).badge != null)
            .withProperty("below1", r -> stacked.apply(r).below(0))
            .withProperty("below2", r -> stacked.apply(r).below(1))
            .withProperty("below3", r -> stacked.apply(r).below(2));
    StatusBadge.properties(renderer, "badge", r -> stacked.apply(r).badgeOrBlank());
    Grid.Column<T> phone = grid.addColumn(renderer).setHeader(header).setFlexGrow(1);
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

  private static final String TEMPLATE =
      "<div class=\"stacked-row\">"
          + "<span class=\"stacked-title\">${item.title}</span>"
          + "<span class=\"stacked-line\" ?hidden=${!item.above}>${item.above}</span>"
          + "<span class=\"stacked-badge\" ?hidden=${!item.hasBadge}>"
          + StatusBadge.template("badge")
          + "</span>"
          + "<span class=\"stacked-line\" ?hidden=${!item.below1}>${item.below1}</span>"
          + "<span class=\"stacked-line\" ?hidden=${!item.below2}>${item.below2}</span>"
          + "<span class=\"stacked-line\" ?hidden=${!item.below3}>${item.below3}</span>"
          + "</div>";

  /**
   * A stacked cell, top to bottom: the row's title, at most one line above a status badge, the
   * badge, and up to three lines below it. A line joins its texts with " · " (nulls and blanks left
   * out); a line with no text is not shown.
   */
  public static final class Stacked {

    private static final StatusBadge NO_BADGE = new StatusBadge("", BadgeVariant.CONTRAST, "", "");

    private final String title;
    private String above = "";
    private StatusBadge badge;
    private final List<String> below = new ArrayList<>();

    private Stacked(String title) {
      this.title = title;
    }

    public static Stacked of(String title) {
      return new Stacked(title);
    }

    /** A line: above the badge while none is set, below it after. */
    public Stacked line(String... texts) {
      String line = join(texts);
      if (badge == null && below.isEmpty()) {
        if (!above.isEmpty()) {
          throw new IllegalStateException("One line above the badge: " + above + " / " + line);
        }
        above = line;
      } else {
        if (below.size() == 3) {
          throw new IllegalStateException("At most three lines below the badge");
        }
        below.add(line);
      }
      return this;
    }

    public Stacked badge(StatusBadge badge) {
      this.badge = badge;
      return this;
    }

    private String below(int i) {
      return i < below.size() ? below.get(i) : "";
    }

    private StatusBadge badgeOrBlank() {
      return badge == null ? NO_BADGE : badge;
    }
  }

  /** Texts joined with " · ", nulls and blanks left out. */
  public static String join(String... texts) {
    return String.join(
        " · ", Arrays.stream(texts).filter(Objects::nonNull).filter(t -> !t.isBlank()).toList());
  }

  private static <T> void show(List<Grid.Column<T>> wide, Grid.Column<T> phone, int width) {
    boolean narrow = width < PHONE_WIDTH;
    phone.setVisible(narrow);
    wide.forEach(c -> c.setVisible(!narrow));
  }
}
