package dev.portico.shared.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A status badge as data: shown as a {@link Badge} component on a page, or drawn by the browser in
 * a grid cell ({@link #column}), where a component per row would be held in the session for as long
 * as the row is loaded (a dozen state nodes a row; issue 14's staff session memory).
 *
 * @param label what the badge says ("In progress")
 * @param variant its colour
 * @param className a class to find it by (e.g. "invoice-status"), or ""
 * @param status the status's name as the badge's {@code data-status}, or ""
 */
public record StatusBadge(String label, BadgeVariant variant, String className, String status) {

  /** The badge's markup in a grid cell; the row's badge under the property names it is given. */
  public static String template(String prefix) {
    return "<vaadin-badge class=\"${item."
        + prefix
        + "Class}\" data-status=\"${item."
        + prefix
        + "Status}\" theme=\"${item."
        + prefix
        + "Theme}\">${item."
        + prefix
        + "}</vaadin-badge>";
  }

  /** Adds the properties {@link #template} reads, for each row's badge. */
  public static <T> LitRenderer<T> properties(
      LitRenderer<T> renderer, String prefix, ValueProvider<T, StatusBadge> badge) {
    return renderer
        .withProperty(prefix, r -> badge.apply(r).label())
        .withProperty(prefix + "Theme", r -> badge.apply(r).variant().getVariantName())
        .withProperty(prefix + "Class", r -> badge.apply(r).className())
        .withProperty(prefix + "Status", r -> badge.apply(r).status());
  }

  /** A grid column of status badges, drawn in the browser. */
  public static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, StatusBadge> badge) {
    return grid.addColumn(properties(LitRenderer.of(template("badge")), "badge", badge));
  }

  /** The badge as a component, for a page's title or a card. */
  public Badge component() {
    Badge badge = new Badge(label);
    if (!className.isEmpty()) {
      badge.addClassName(className);
    }
    if (!status.isEmpty()) {
      badge.getElement().setAttribute("data-status", status);
    }
    badge.addThemeVariants(variant);
    return badge;
  }
}
