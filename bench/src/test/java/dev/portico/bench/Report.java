package dev.portico.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one table: each figure with its target and whether it was met, and the conditions
 * it was measured under (date, machine, load). Written to docs/performance.md; what follows the
 * notes marker there (observations written by hand) is kept.
 */
final class Report {

  static final String NOTES_MARKER = "<!-- notes: written by hand, kept by the benchmark -->";

  /** One row; {@code met} null when the figure has no target of its own. */
  record Row(String measure, String figure, String target, Boolean met) {}

  private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final String loadAtStart = loadavg();
  private final Map<String, String> conditions = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  void condition(String name, String value) {
    conditions.put(name, value);
  }

  void row(String measure, String figure, String target, Boolean met) {
    rows.add(new Row(measure, figure, target, met));
  }

  void info(String measure, String figure) {
    rows.add(new Row(measure, figure, "", null));
  }

  static String f(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
  }

  static String f2(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| Conditions | |\n|---|---|\n");
    md.append("| date (UTC) | ").append(startedAt).append(" |\n");
    md.append("| machine | ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs (nproc), ")
        .append(memTotal())
        .append(" |\n");
    md.append("| load average at start | ").append(loadAtStart).append(" |\n");
    md.append("| load average at end | ").append(loadavg()).append(" |\n");
    md.append("| JVM | ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .append(" MB, GC ")
        .append(
            String.join(
                "/",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(b -> b.getName())
                    .toList()))
        .append(" |\n");
    conditions.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n| Measure | Figure | Target | Met |\n|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ")
          .append(r.measure())
          .append(" | ")
          .append(r.figure())
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.met() == null ? "" : r.met() ? "met" : "**missed**")
          .append(" |\n");
    }
    return md.toString();
  }

  /** Writes the file: a heading, the command, the table, and the kept hand-written notes. */
  void write(Path file, String command) {
    try {
      String notes = NOTES_MARKER + "\n";
      if (Files.exists(file)) {
        String old = Files.readString(file, StandardCharsets.UTF_8);
        int at = old.indexOf(NOTES_MARKER);
        if (at >= 0) {
          notes = old.substring(at);
        }
      }
      String text =
          "# Performance\n\n"
              + "Measured by the benchmark (issue 14), not by `./mvnw verify`; this section is"
              + " rewritten on each run:\n\n"
              + "```\n"
              + command
              + "\n```\n\n"
              + markdown()
              + "\n"
              + notes;
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String loadavg() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static String memTotal() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return (kb / 1024 / 1024) + " GB RAM";
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return "RAM n/a";
  }
}
