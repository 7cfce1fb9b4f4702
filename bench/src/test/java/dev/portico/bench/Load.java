package dev.portico.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Calls made from a fixed number of threads at once, like that many users. */
final class Load {

  /** Call number {@code i} (0-based). */
  interface Call<T> {
    T call(int i) throws Exception;
  }

  private Load() {}

  /**
   * @return the calls' results in call order, once all returned
   */
  static <T> List<T> run(int threads, int n, Call<T> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(pool.submit(() -> call.call(k)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    }
  }
}
