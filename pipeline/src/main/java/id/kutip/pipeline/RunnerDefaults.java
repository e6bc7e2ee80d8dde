package id.kutip.pipeline;

import java.util.Arrays;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * The job's own defaults for runner settings, each applied only where the user did not set the option: chosen for
 * a batch job that logs its progress and is run by users, not for Beam's tests.
 */
final class RunnerDefaults {
  static final int DIRECT_RUNNER_SHUFFLE_KEYS = 8;
  /** Flink's {@code ExecutionMode} that pipelines every exchange of a batch job. */
  static final String PIPELINED_FORCED = "PIPELINED_FORCED";

  private RunnerDefaults() {}

  static void apply(KutipOptions options, String[] args) {
    if (unset(args, "blockOnRun")) {
      // DirectRunner returns from run() at once, so that progress can be logged while it works.
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    // DirectRunner's checks exist to catch DoFns that mutate their input and coders that do not round-trip; the tests
    // catch those, since TestPipeline keeps both checks on. In a run they cost more than the work itself: the
    // immutability check walks the whole pipeline graph for every bundle and encodes every element twice, the
    // encodability check encodes and decodes every element once more (docs/PERFORMANCE.md: together 3x the time).
    if (unset(args, "enforceImmutability")) {
      options.as(DirectOptions.class).setEnforceImmutability(false);
    }
    if (unset(args, "enforceEncodability")) {
      options.as(DirectOptions.class).setEnforceEncodability(false);
    }
    if (runsOnDirectRunner(options) && unset(args, "shuffleKeys")) {
      // The DirectRunner copies a key's whole group for every bundle that adds to it, and every key of a join is a
      // bundle for the steps after it: with 64 shards in FindDuplicates' join, each later grouping (the writes, the
      // statement clustering) copied its groups some 32 times over. Eight keys: 10,000 documents in 73 s, not 133 to
      // 168 s (docs/PERFORMANCE.md). The DirectRunner holds every group in memory anyway.
      options.setShuffleKeys(DIRECT_RUNNER_SHUFFLE_KEYS);
    }
    if (runsOnFlink(options) && unset(args, "reIterableGroupByKeyResult")) {
      // The joins (CoGroupByKey in FindDuplicates and ClusterStatements) read a group a second time once it holds
      // more than 10,000 values; Flink's batch groups can be read once unless asked. Without this a run of 3,000
      // synthetic documents failed on Flink in ClusterStatements/JoinNeighbours ("GBK result is not re-iterable").
      options.as(FlinkPipelineOptions.class).setReIterableGroupByKeyResult(true);
    }
    if (runsOnFlink(options) && unset(args, "executionModeForBatch")) {
      // Flink's batch optimizer makes an exchange blocking wherever a step's outputs branch and meet again, and in
      // this job they meet often (every stage's dead letters in one sink and in the accounts, the quotes in the
      // statement join): the step after such an exchange waits for the whole of the step before it, so a run went
      // much of its way one step at a time. With every exchange pipelined, cleaning, duplicate finding, tagging and
      // writing overlap: 100,000 documents in 0.88 of the time (docs/PERFORMANCE.md, tenth pass). Safe here because
      // no step reads a side input fed from its own main input's upstream: it would wait for the side input while
      // the step upstream waits for it to read its main input, a deadlock (KutipPipelineTest keeps the job so).
      options.as(FlinkPipelineOptions.class).setExecutionModeForBatch(PIPELINED_FORCED);
    }
    if (runsOnFlink(options) && options.as(FlinkPipelineOptions.class).getUseDataStreamForBatch()
        && unset(args, "fasterCopy")) {
      // Flink's DataStream translation, which scheduled runs need for their restart strategy, copies every record
      // between chained steps (encodes and decodes it) unless told not to. The copies guard against a step changing a
      // record it received or sent on, which Beam's model forbids and the tests check (TestPipeline keeps DirectRunner's
      // immutability check on). Without them 30,000 documents took 0.75 of the time on embedded Flink p1, the same
      // records (docs/PERFORMANCE.md, fourteenth pass). The DataSet translation copies far less and gained nothing.
      options.as(FlinkPipelineOptions.class).setFasterCopy(true);
    }
    if (runsOnFlink(options) && options.as(FlinkPipelineOptions.class).getParallelism() == 1
        && unset(args, "spreadDocuments")) {
      // Spreading a file's documents over the workers is a grouping, on Flink's batch translation a sort: cleaning
      // would wait for the last document read, and every document would be written out and read back once more. One
      // worker has nothing to spread them over (docs/PERFORMANCE.md, eleventh pass).
      options.setSpreadDocuments(false);
    }
    if (submitsToFlinkCluster(options) && unset(args, "attachedMode")) {
      // An attached Flink batch job returns from run() only when it is done; a detached one returns at once and its
      // counters can be polled from the cluster, so that progress is logged while it works.
      options.as(FlinkPipelineOptions.class).setAttachedMode(false);
    }
    // The embedded cluster runs its job attached and is torn down with it; Flink hands the job's client to a listener
    // named in its configuration, and progress reads the counters through it (EmbeddedFlinkRun).
    boolean jobListener = reportsProgressThroughJobListener(options, args);
    int slots = embeddedSlotsNeeded(options, args);
    if (jobListener || slots > 0) {
      EmbeddedFlinkConfig.directory(jobListener, slots)
          .ifPresent(dir -> options.as(FlinkPipelineOptions.class).setFlinkConfDir(dir.toString()));
    }
  }

  /**
   * The task slots the embedded cluster is given, 0 for Flink's own choice. With the DataStream translation Flink
   * started the embedded cluster with one slot whatever the parallelism, so a stage's workers took turns: 100,000
   * documents at parallelism 2 took 147.6 to 149.7 s, as long as at parallelism 1, and 114.3 and 117.1 s with a slot
   * per worker, the same records (docs/PERFORMANCE.md, fifteenth pass). The DataSet translation's cluster gets a slot
   * per worker already; a cluster of the user's sets its own.
   */
  private static int embeddedSlotsNeeded(KutipOptions options, String[] args) {
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (!runsOnFlink(options) || submitsToFlinkCluster(options) || !flink.getUseDataStreamForBatch()
        || !flinkConfigurationIsOurs(args)) {
      return 0;
    }
    // Beam's embedded cluster runs at the machine's core count when the parallelism is not set.
    int workers = flink.getParallelism() > 0 ? flink.getParallelism() : Runtime.getRuntime().availableProcessors();
    return workers > 1 ? workers : 0;
  }

  /** Whether neither {@code --flinkConfDir} nor {@code FLINK_CONF_DIR} names the user's own configuration. */
  private static boolean flinkConfigurationIsOurs(String[] args) {
    return unset(args, "flinkConfDir") && System.getenv("FLINK_CONF_DIR") == null;
  }

  /**
   * Whether the job runs attached on the embedded Flink cluster with progress lines asked for, and Flink's
   * configuration is the job's to write: neither {@code --flinkConfDir} nor {@code FLINK_CONF_DIR} names the user's.
   */
  private static boolean reportsProgressThroughJobListener(KutipOptions options, String[] args) {
    return runsOnFlink(options) && !submitsToFlinkCluster(options)
        && options.as(FlinkPipelineOptions.class).getAttachedMode()
        && options.getProgressIntervalSeconds() > 0
        && flinkConfigurationIsOurs(args);
  }

  /** Whether progress is read through {@link EmbeddedFlinkJobs}: the job then runs on a thread of its own. */
  static boolean runsEmbeddedWithJobListener(KutipOptions options) {
    return runsOnFlink(options)
        && EmbeddedFlinkConfig.hasJobListener(options.as(FlinkPipelineOptions.class).getFlinkConfDir());
  }

  private static boolean unset(String[] args, String option) {
    return Arrays.stream(args).noneMatch(a -> a.startsWith("--" + option + "=") || a.equals("--" + option));
  }

  /**
   * Whether the job goes to a Flink cluster ({@code --flinkMaster=host:port}). The embedded cluster of
   * {@code [local]} is torn down with its job, counters and all, so it stays attached (see {@link EmbeddedFlinkRun}).
   */
  static boolean submitsToFlinkCluster(KutipOptions options) {
    if (!runsOnFlink(options)) {
      return false;
    }
    String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
    return master != null && !master.startsWith("[");
  }

  static boolean runsOnDirectRunner(KutipOptions options) {
    return "DirectRunner".equals(options.getRunner().getSimpleName());
  }

  static boolean runsOnFlink(KutipOptions options) {
    return "FlinkRunner".equals(options.getRunner().getSimpleName());
  }
}
