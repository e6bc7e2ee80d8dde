package id.kutip.pipeline;

import id.kutip.common.Stages;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The counts per stage printed when the job ends, from the stages' Beam counters. */
final class RunSummary {
  private static final List<String> STAGES =
      List.of(Stages.READ, Stages.CLEAN, Stages.DUPLICATES, Stages.SENTENCES, Stages.ENTITIES, Stages.QUOTES);
  private final Map<String, Long> counters;

  private RunSummary(Map<String, Long> counters) {
    this.counters = counters;
  }

  static RunSummary of(PipelineResult result) {
    Map<String, Long> counters = new LinkedHashMap<>();
    try {
      for (String stage : STAGES) {
        MetricQueryResults metrics = result.metrics().queryMetrics(
            MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(stage)).build());
        for (MetricResult<Long> counter : metrics.getCounters()) {
          String key = stage + "." + counter.getName().getName();
          counters.merge(key, attempted(counter), Long::sum);
        }
      }
    } catch (UnsupportedOperationException e) {
      // Some runners do not report metrics; the summary then says nothing rather than something wrong.
    }
    return new RunSummary(counters);
  }

  private static long attempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }

  long get(String stage, String name) {
    return counters.getOrDefault(stage + "." + name, 0L);
  }

  void print(PrintStream out, String output) {
    long deadLetters = STAGES.stream().mapToLong(s -> get(s, "deadLetters")).sum();
    out.printf("kutip: done. files %d, documents read %d, documents written %d, duplicates dropped %d, quotes %d, "
            + "dead letters %d%n",
        get(Stages.READ, "files"), get(Stages.READ, "documents"), get(Stages.ENTITIES, "documents"),
        get(Stages.DUPLICATES, "dropped"), get(Stages.QUOTES, "quotes"), deadLetters);
    for (String stage : STAGES) {
      out.printf("  %-16s ok %6d  dead letters %5d%n", stage, get(stage, "documents"), get(stage, "deadLetters"));
    }
    out.printf("  duplicates %d in %d groups; sentences %d, entities %d%n", get(Stages.DUPLICATES, "duplicates"),
        get(Stages.DUPLICATES, "groups"), get(Stages.SENTENCES, "sentences"), get(Stages.ENTITIES, "entities"));
    out.println("  records under " + output + "/{documents,quotes,dead-letter}/");
  }
}
