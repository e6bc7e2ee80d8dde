package id.kutip.pipeline;

import id.kutip.common.Stages;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The counts per stage printed when the job ends and kept in the run's manifest, from the stages' Beam counters
 * (a counter's namespace is its stage). A stage this class does not know yet (a new one, such as FindDuplicates)
 * is listed too, after the known ones; its {@code duplicates} counter, if any, is shown on the first line.
 */
final class RunSummary {
  /** The stages in the order of the pipeline. */
  static final List<String> STAGES =
      List.of(Stages.READ, Stages.CLEAN, Stages.DUPLICATES, Stages.SENTENCES, Stages.ENTITIES, Stages.QUOTES);

  /** Stage -> counter name -> value. */
  private final Map<String, Map<String, Long>> counters;

  private RunSummary(Map<String, Map<String, Long>> counters) {
    this.counters = counters;
  }

  static RunSummary of(PipelineResult result) {
    Map<String, Map<String, Long>> counters = new TreeMap<>(stageOrder());
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> counter : metrics.getCounters()) {
        String stage = counter.getName().getNamespace();
        if (stage.contains(".")) {
          continue; // a library's own counter (its namespace is a class name), not a stage's
        }
        counters.computeIfAbsent(stage, s -> new TreeMap<>()).merge(counter.getName().getName(), value(counter), Long::sum);
      }
    } catch (UnsupportedOperationException e) {
      // Some runners do not report metrics; the summary then says nothing rather than something wrong.
    }
    return new RunSummary(counters);
  }

  /** Known stages in pipeline order, then any other by name. */
  private static Comparator<String> stageOrder() {
    return Comparator.<String>comparingInt(s -> STAGES.contains(s) ? STAGES.indexOf(s) : STAGES.size())
        .thenComparing(Comparator.naturalOrder());
  }

  /** Committed values where the runner has them (they count each element once, retries excluded). */
  private static long value(MetricResult<Long> counter) {
    try {
      Long committed = counter.getCommitted();
      return committed == null ? counter.getAttempted() : committed;
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }

  long get(String stage, String name) {
    return counters.getOrDefault(stage, Map.of()).getOrDefault(name, 0L);
  }

  /**
   * The stages in pipeline order with their counters: every stage of the pipeline (with {@code documents} and
   * {@code deadLetters} at 0 where nothing was counted) and any other stage that reported a counter.
   */
  Map<String, Map<String, Long>> stages() {
    Map<String, Map<String, Long>> all = new TreeMap<>(stageOrder());
    for (String stage : STAGES) {
      all.put(stage, new TreeMap<>(Map.of("documents", 0L, "deadLetters", 0L)));
    }
    counters.forEach((stage, values) -> all.computeIfAbsent(stage, s -> new TreeMap<>()).putAll(values));
    return new LinkedHashMap<>(all);
  }

  long documentsRead() {
    return get(Stages.READ, "documents");
  }

  long documentsWritten() {
    return get(Stages.ENTITIES, "documents");
  }

  long quotes() {
    return get(Stages.QUOTES, "quotes");
  }

  long deadLetters() {
    return counters.values().stream().mapToLong(c -> c.getOrDefault("deadLetters", 0L)).sum();
  }

  /** Duplicates found, as counted by whichever stage counts {@code duplicates}; null while no stage does. */
  Long duplicates() {
    List<Long> found = new ArrayList<>();
    counters.values().forEach(c -> {
      if (c.containsKey("duplicates")) {
        found.add(c.get("duplicates"));
      }
    });
    return found.isEmpty() ? null : found.stream().mapToLong(Long::longValue).sum();
  }

  /** Every counter as {@code Stage.name} → value. */
  Map<String, Long> counters() {
    Map<String, Long> flat = new LinkedHashMap<>();
    counters.forEach((stage, values) -> values.forEach((name, value) -> flat.put(stage + "." + name, value)));
    return flat;
  }

  void print(PrintStream out, String output) {
    out.printf("kutip: done. files %d, documents read %d, documents written %d, duplicates dropped %d, quotes %d, "
            + "dead letters %d%n",
        get(Stages.READ, "files"), documentsRead(), documentsWritten(), get(Stages.DUPLICATES, "dropped"), quotes(),
        deadLetters());
    for (String stage : stages().keySet()) {
      out.printf("  %-16s ok %6d  dead letters %5d%n", stage, get(stage, "documents"), get(stage, "deadLetters"));
    }
    out.printf("  duplicates %d in %d groups; sentences %d, entities %d%n", get(Stages.DUPLICATES, "duplicates"),
        get(Stages.DUPLICATES, "groups"), get(Stages.SENTENCES, "sentences"), get(Stages.ENTITIES, "entities"));
    out.println("  records under " + output + "/{documents,quotes,dead-letter}/");
  }
}
