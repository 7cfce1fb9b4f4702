package dev.portico.shared.database;

import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code order by} and {@code limit} of a paged list query, built only from a whitelist: each
 * property a caller may sort by maps to a fixed SQL expression, anything else is refused, so no
 * caller's text ever reaches the SQL. A last tie-breaker (the row's id, in the direction of the
 * last order) keeps pages stable when sort values repeat.
 */
public final class SortableColumns {

  private final Map<String, String> columns;
  private final Sort defaultSort;
  private final String tieBreaker;

  /**
   * @param columns sortable property → SQL expression (e.g. {@code "name" → "c.name"})
   * @param defaultSort used when the caller asks for no order
   * @param tieBreaker a unique column, e.g. {@code "c.id"}
   */
  public SortableColumns(Map<String, String> columns, Sort defaultSort, String tieBreaker) {
    this.columns = Map.copyOf(columns);
    this.defaultSort = defaultSort;
    this.tieBreaker = tieBreaker;
    orderBy(defaultSort); // the default must itself be sortable
  }

  /** The properties a caller may sort by. */
  public java.util.Set<String> properties() {
    return columns.keySet();
  }

  /**
   * {@code " order by …"} for {@code sort} (or the default when it is unsorted).
   *
   * @throws IllegalArgumentException for a property that is not sortable
   */
  public String orderBy(Sort sort) {
    Sort chosen = sort == null || sort.isUnsorted() ? defaultSort : sort;
    StringJoiner sql = new StringJoiner(", ", " order by ", "");
    boolean lastAscending = true;
    for (Sort.Order order : chosen) {
      String column = columns.get(order.getProperty());
      if (column == null) {
        throw new IllegalArgumentException("Not a sortable column: " + order.getProperty());
      }
      sql.add(column + (order.isAscending() ? " asc" : " desc"));
      lastAscending = order.isAscending();
    }
    sql.add(tieBreaker + (lastAscending ? " asc" : " desc"));
    return sql.toString();
  }

  /** {@link #orderBy} plus {@code " limit … offset …"} for a paged request (none when unpaged). */
  public String orderByAndPage(Pageable page) {
    String orderBy = orderBy(page.getSort());
    return page.isUnpaged()
        ? orderBy
        : orderBy + " limit " + page.getPageSize() + " offset " + page.getOffset();
  }
}
