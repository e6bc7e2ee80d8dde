package id.kutip.pipeline;

import id.kutip.common.Stages;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.joda.time.Duration;

/**
 * Waits for a running job and logs, every interval, the documents read and written so far, the throughput and the
 * dead letters, from the job's Beam counters (never per element). DirectRunner (not blocking on run), a job
 * submitted detached to a Flink cluster and a job on the embedded {@code [local]} cluster ({@link EmbeddedFlinkRun})
 * report counters while they work.
 */
final class Progress {
  private Progress() {}

  static PipelineResult.State waitLogging(PipelineResult result, long intervalSeconds, PrintStream log) {
    long started = System.nanoTime();
    if (intervalSeconds <= 0) {
      return result.waitUntilFinish();
    }
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(intervalSeconds));
      if (state != null && state.isTerminal()) {
        return state;
      }
      RunSummary now = RunSummary.of(result);
      double seconds = (System.nanoTime() - started) / 1e9;
      long read = now.get(Stages.READ, "documents");
      log.println(String.format(Locale.ROOT,
          "kutip: progress %ds: documents read %d, tagged %d, quotes %d, dead letters %d, %.1f documents/s",
          Math.round(seconds), read, now.get(Stages.ENTITIES, "documents"), now.get(Stages.QUOTES, "quotes"),
          now.deadLetters(), seconds > 0 ? read / seconds : 0.0));
    }
  }
}
