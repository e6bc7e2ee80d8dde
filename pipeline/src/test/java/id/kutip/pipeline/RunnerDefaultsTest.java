package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class RunnerDefaultsTest {
  private static KutipOptions applied(String... args) {
    KutipOptions options = PipelineOptionsFactory.fromArgs(args).as(KutipOptions.class);
    RunnerDefaults.apply(options, args);
    return options;
  }

  @Test
  void directRunnerDoesNotBlockAndSkipsItsChecksUnlessAsked() {
    DirectOptions byDefault = applied("--input=x").as(DirectOptions.class);
    assertFalse(byDefault.isBlockOnRun());
    assertFalse(byDefault.isEnforceImmutability());
    assertFalse(byDefault.isEnforceEncodability());

    DirectOptions asked = applied("--input=x", "--enforceImmutability=true", "--blockOnRun=true",
        "--enforceEncodability").as(DirectOptions.class);
    assertTrue(asked.isEnforceImmutability());
    assertTrue(asked.isEnforceEncodability());
    assertTrue(asked.isBlockOnRun());
  }

  @Test
  void aJobForAFlinkClusterIsSubmittedDetachedButTheEmbeddedClusterStaysAttached() {
    assertFalse(applied("--runner=FlinkRunner", "--flinkMaster=jm:8081").as(FlinkPipelineOptions.class)
        .getAttachedMode());
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=[local]").as(FlinkPipelineOptions.class)
        .getAttachedMode());
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=jm:8081", "--attachedMode=true")
        .as(FlinkPipelineOptions.class).getAttachedMode(), "the user's choice wins");
  }

  @Test
  void directRunnerJoinsSpreadOverFewKeysUnlessAsked() {
    assertEquals(RunnerDefaults.DIRECT_RUNNER_SHUFFLE_KEYS, applied("--input=x").getShuffleKeys());
    assertEquals(32, applied("--input=x", "--shuffleKeys=32").getShuffleKeys(), "the user's choice wins");
    assertNull(applied("--runner=FlinkRunner", "--flinkMaster=[local]").getShuffleKeys(),
        "Flink keeps the stages' own");
  }

  @Test
  void flinkGroupsCanBeReadTwiceSoThatLargeJoinsDoNotFail() {
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=[local]").as(FlinkPipelineOptions.class)
        .getReIterableGroupByKeyResult());
    assertFalse(applied("--runner=FlinkRunner", "--reIterableGroupByKeyResult=false").as(FlinkPipelineOptions.class)
        .getReIterableGroupByKeyResult());
  }

  @Test
  void flinkPipelinesEveryExchangeUnlessAsked() {
    assertEquals("PIPELINED_FORCED", applied("--runner=FlinkRunner", "--flinkMaster=[local]")
        .as(FlinkPipelineOptions.class).getExecutionModeForBatch());
    assertEquals("PIPELINED_FORCED", applied("--runner=FlinkRunner", "--flinkMaster=jm:8081")
        .as(FlinkPipelineOptions.class).getExecutionModeForBatch(), "on a cluster too");
    assertEquals("BATCH", applied("--runner=FlinkRunner", "--executionModeForBatch=BATCH")
        .as(FlinkPipelineOptions.class).getExecutionModeForBatch(), "the user's choice wins");
    assertEquals("PIPELINED", applied("--input=x").as(FlinkPipelineOptions.class).getExecutionModeForBatch(),
        "Flink's own default, untouched when the job runs elsewhere");
  }

  @Test
  void flinksDataStreamTranslationSkipsItsCopiesUnlessAsked() {
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=jm:8081", "--useDataStreamForBatch=true")
        .as(FlinkPipelineOptions.class).getFasterCopy());
    assertFalse(applied("--runner=FlinkRunner", "--useDataStreamForBatch=true", "--fasterCopy=false")
        .as(FlinkPipelineOptions.class).getFasterCopy(), "the user's choice wins");
    assertFalse(applied("--runner=FlinkRunner", "--flinkMaster=[local]").as(FlinkPipelineOptions.class)
        .getFasterCopy(), "the DataSet translation keeps Flink's own default");
  }

  @Test
  void flinkWithOneWorkerDoesNotSpreadDocumentsUnlessAsked() {
    assertFalse(applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1").getSpreadDocuments());
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2").getSpreadDocuments());
    assertTrue(applied("--runner=FlinkRunner", "--flinkMaster=[local]").getSpreadDocuments(),
        "Flink's parallelism unset is the cluster's default, most often more than one");
    assertTrue(applied("--runner=FlinkRunner", "--parallelism=1", "--spreadDocuments=true").getSpreadDocuments(),
        "the user's choice wins");
    assertTrue(applied("--input=x").getSpreadDocuments(), "the DirectRunner spreads them over its threads");
  }

  @Test
  void flinksEmbeddedClusterGetsASlotPerWorkerForTheDataStreamTranslation() throws Exception {
    KutipOptions twoWorkers = applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--useDataStreamForBatch=true", "--progressIntervalSeconds=0");
    String config = Files.readString(
        Path.of(twoWorkers.as(FlinkPipelineOptions.class).getFlinkConfDir(), "config.yaml"));
    assertTrue(config.contains(EmbeddedFlinkConfig.SLOTS_KEY + ": 2\n"), config);
    assertFalse(config.contains(EmbeddedFlinkConfig.LISTENERS_KEY), "no progress lines asked for");
    assertFalse(RunnerDefaults.runsEmbeddedWithJobListener(twoWorkers));

    KutipOptions withProgress = applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=3",
        "--useDataStreamForBatch=true");
    String both = Files.readString(
        Path.of(withProgress.as(FlinkPipelineOptions.class).getFlinkConfDir(), "config.yaml"));
    assertTrue(both.contains(EmbeddedFlinkConfig.SLOTS_KEY + ": 3\n"), both);
    assertTrue(RunnerDefaults.runsEmbeddedWithJobListener(withProgress));

    assertNull(applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--progressIntervalSeconds=0").as(FlinkPipelineOptions.class).getFlinkConfDir(),
        "the DataSet translation's embedded cluster has a slot per worker already");
    assertNull(applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1",
        "--useDataStreamForBatch=true", "--progressIntervalSeconds=0").as(FlinkPipelineOptions.class)
        .getFlinkConfDir(), "one worker, one slot");
    assertNull(applied("--runner=FlinkRunner", "--flinkMaster=jm:8081", "--parallelism=2",
        "--useDataStreamForBatch=true").as(FlinkPipelineOptions.class).getFlinkConfDir(),
        "a cluster has its own slots");
    assertEquals("/etc/flink", applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--useDataStreamForBatch=true", "--flinkConfDir=/etc/flink").as(FlinkPipelineOptions.class)
        .getFlinkConfDir(), "the user's configuration wins");
  }
}
