package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.Stages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricKey;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;

/** Progress lines come from the job's counters at each interval while it runs, and stop when it is done. */
class ProgressTest {
  /** A job that is running for two intervals, then done; its counters grow at each poll. */
  private static final class FakeResult implements PipelineResult {
    int polls;

    @Override
    public State getState() {
      return polls >= 3 ? State.DONE : State.RUNNING;
    }

    @Override
    public State cancel() {
      return State.CANCELLED;
    }

    @Override
    public State waitUntilFinish(Duration duration) {
      polls++;
      return getState();
    }

    @Override
    public State waitUntilFinish() {
      polls = 3;
      return State.DONE;
    }

    @Override
    public MetricResults metrics() {
      long n = polls * 10L;
      return new MetricResults() {
        @Override
        public MetricQueryResults queryMetrics(MetricsFilter filter) {
          // The summary asks for every counter at once (a filter without names) or for one stage's.
          List<MetricResult<Long>> all = List.of(
              counter(Stages.READ, "documents", n), counter(Stages.READ, "deadLetters", 1),
              counter(Stages.ENTITIES, "documents", n - 1));
          List<MetricResult<Long>> counters = filter.names().isEmpty() ? all : all.stream()
              .filter(c -> c.getName().getNamespace().equals(filter.names().iterator().next().getNamespace()))
              .toList();
          return MetricQueryResults.create(counters, List.of(), List.of(), List.of(), List.of(), List.of());
        }
      };
    }

    private static MetricResult<Long> counter(String stage, String name, long value) {
      return MetricResult.attempted(MetricKey.create("step", MetricName.named(stage, name)), value);
    }
  }

  @Test
  void logsCountersAtEachIntervalUntilTheJobIsDone() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    FakeResult result = new FakeResult();
    PipelineResult.State state =
        Progress.waitLogging(result, 30, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(PipelineResult.State.DONE, state);
    String[] lines = log.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(2, lines.length, String.join("\n", lines));
    assertTrue(lines[0].contains("documents read 10, tagged 9, quotes 0, dead letters 1"), lines[0]);
    assertTrue(lines[1].contains("documents read 20, tagged 19"), lines[1]);
    assertTrue(lines[1].matches(".*[0-9.]+ documents/s"), lines[1]);
  }

  @Test
  void anIntervalOfZeroLogsNothing() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Progress.waitLogging(new FakeResult(), 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals("", log.toString(StandardCharsets.UTF_8));
  }
}
