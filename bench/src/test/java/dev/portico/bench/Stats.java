package dev.portico.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured durations, in milliseconds (nearest-rank). */
record Stats(int count, double p50, double p95, double p99, double max) {

  static Stats ofNanos(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Stats(
        sorted.length,
        ms(rank(sorted, 0.50)),
        ms(rank(sorted, 0.95)),
        ms(rank(sorted, 0.99)),
        ms(sorted[sorted.length - 1]));
  }

  private static long rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  @Override
  public String toString() {
    return "n=" + count + " " + Arrays.toString(new double[] {p50, p95, p99, max});
  }
}
