package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import id.kutip.pipeline.bench.SyntheticCorpus;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job on the embedded Flink cluster ({@code [local]}) logs progress from its counters while it runs, although
 * Beam runs it attached: Flink hands its client to {@link EmbeddedFlinkJobs}, named in the configuration that
 * {@link RunnerDefaults} writes.
 */
class EmbeddedFlinkProgressTest {
  private static final Pattern PROGRESS = Pattern.compile("kutip: progress (\\d+)s: documents read (\\d+), ");
  private static final Pattern WRITTEN = Pattern.compile("documents written (\\d+)");
  private static final int CORPUS_DOCUMENTS = 5_000;

  private static KutipOptions applied(String... args) {
    KutipOptions options = PipelineOptionsFactory.fromArgs(args).as(KutipOptions.class);
    RunnerDefaults.apply(options, args);
    return options;
  }

  @Test
  void theEmbeddedClusterIsConfiguredWithTheListenerOnlyWhenTheConfigurationIsTheJobsToWrite() throws Exception {
    KutipOptions local = applied("--runner=FlinkRunner", "--flinkMaster=[local]");
    assertTrue(RunnerDefaults.runsEmbeddedWithJobListener(local));
    Path config = Path.of(local.as(FlinkPipelineOptions.class).getFlinkConfDir(), "config.yaml");
    assertTrue(Files.readString(config).contains(
        EmbeddedFlinkConfig.LISTENERS_KEY + ": [" + EmbeddedFlinkJobs.class.getName() + "]"));

    assertFalse(RunnerDefaults.runsEmbeddedWithJobListener(
        applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=/etc/flink")), "the user's wins");
    assertFalse(RunnerDefaults.runsEmbeddedWithJobListener(
        applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--progressIntervalSeconds=0")));
    assertFalse(RunnerDefaults.runsEmbeddedWithJobListener(
        applied("--runner=FlinkRunner", "--flinkMaster=jm:8081")), "a cluster job is detached and polled instead");
    assertFalse(RunnerDefaults.runsEmbeddedWithJobListener(applied("--input=x")));
  }

  @Test
  void theJobsOwnErrorReachesTheCallerAsAnAttachedRunWouldThrowIt() {
    EmbeddedFlinkRun run = EmbeddedFlinkRun.start(() -> {
      throw new IllegalArgumentException("line 3 of rules.tsv: bad pattern");
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run.waitUntilFinish(Duration.standardSeconds(30)));
    assertEquals("line 3 of rules.tsv: bad pattern", e.getMessage());
  }

  /**
   * Beam's Flink batch translation hands a step's counters to Flink when the task that runs it ends, so the lines
   * grow a stage at a time: documents read when reading and cleaning end, tagged when tagging ends. At one worker
   * the bundled 416 documents left a fast machine no line between the two (both lines read 0), so the job reads
   * 5,000 documents: on 2 cores here, 11 progress lines came after the count of documents read and before the end.
   */
  @Test
  void anEmbeddedJobLogsGrowingCountersWhileItRunsAndTheSummaryAtTheEnd(@TempDir Path tmp) throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl.gz");
    SyntheticCorpus.write(Samples.REPO.resolve("src/samples/idnews/articles.jsonl.gz"), CORPUS_DOCUMENTS, 20251122L,
        corpus);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--input=" + corpus,
            "--output=" + tmp.resolve("out"), "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1",
            "--progressIntervalSeconds=1", "--report=false"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    String logged = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed + logged);

    Matcher written = WRITTEN.matcher(printed);
    assertTrue(written.find(), printed);
    long documents = Long.parseLong(written.group(1));
    assertEquals(CORPUS_DOCUMENTS, documents, printed);

    List<Long> read = new ArrayList<>();
    Matcher progress = PROGRESS.matcher(logged);
    while (progress.find()) {
      read.add(Long.parseLong(progress.group(2)));
    }
    assertTrue(read.size() >= 2, "a job of many seconds logs a line a second: " + logged);
    for (int i = 1; i < read.size(); i++) {
      assertTrue(read.get(i) >= read.get(i - 1), "counters only grow: " + read);
    }
    long last = read.get(read.size() - 1);
    assertTrue(last > 0 && last <= documents, "documents read while it ran, from its counters: " + read);
  }

  @Test
  void aFinishedRunGivesBeamsOwnResult() {
    PipelineResult done = new PipelineResult() {
      @Override
      public State getState() {
        return State.DONE;
      }

      @Override
      public State cancel() {
        return State.DONE;
      }

      @Override
      public State waitUntilFinish(Duration duration) {
        return State.DONE;
      }

      @Override
      public State waitUntilFinish() {
        return State.DONE;
      }

      @Override
      public org.apache.beam.sdk.metrics.MetricResults metrics() {
        throw new UnsupportedOperationException("Beam's result was asked");
      }
    };
    EmbeddedFlinkRun run = EmbeddedFlinkRun.start(() -> done);
    assertEquals(PipelineResult.State.DONE, run.waitUntilFinish(Duration.standardSeconds(30)));
    assertEquals(PipelineResult.State.DONE, run.getState());
    assertThrows(UnsupportedOperationException.class, run::metrics);
  }
}
