package dev.portico.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Reads a paged list the way a lazy grid does: page after page until one comes back short. */
public final class Pages {

  private Pages() {}

  /**
   * Every row, in order, read {@code size} at a time; checks that no page is longer than asked and
   * that the reading stops.
   */
  public static <T> List<T> all(int size, Sort sort, Function<Pageable, List<T>> page) {
    List<T> rows = new ArrayList<>();
    for (int number = 0; number < 1000; number++) {
      List<T> one = page.apply(PageRequest.of(number, size, sort));
      assertThat(one).hasSizeLessThanOrEqualTo(size);
      rows.addAll(one);
      if (one.size() < size) {
        return rows;
      }
    }
    throw new AssertionError("more than 1000 pages");
  }
}
