package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RunManifest;
import id.kutip.sentences.HugeMethods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end on a real standalone Flink session cluster (a JobManager and two TaskManagers in their own JVMs, started
 * by {@code src/flink/cluster.sh}), with the shaded jar submitted as users submit it:
 *
 * <ol>
 *   <li>the job on the bundled samples writes the same records as on DirectRunner, and its Beam counters reach the
 *       cluster's REST API (what the dashboard shows);
 *   <li>a rerun of the same date, during which one TaskManager is killed, recovers through the restart strategy given
 *       in the job's options and replaces the partition with the same records: no duplicates, nothing missing.
 * </ol>
 *
 * Runs in {@code mvn verify} (failsafe, after the jar is built). The cluster is stopped whatever happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterIT {
  private static final String RUN_DATE = "2024-05-01";
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
  /**
   * Batch jobs fail over region by region: each intermediate result lost with the TaskManager is found when a task
   * reads it, and costs one restart of its own (three to five here).
   */
  private static final int RETRIES = 10;

  private final Path jar = Path.of(System.getProperty("kutip.jar", "target/kutip.jar")).toAbsolutePath();
  private final Path work = Path.of("target/flink-it").toAbsolutePath();
  private LocalFlinkCluster cluster;
  private String input;
  private Path direct;
  private final Path onCluster = work.resolve("cluster-out");

  @BeforeAll
  void startClusterAndRunTheReference() throws Exception {
    assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
    OutputCommit.Local.deleteTree(work.resolve("in"));
    OutputCommit.Local.deleteTree(work.resolve("direct-out"));
    OutputCommit.Local.deleteTree(onCluster);
    Path in = work.resolve("in");
    Samples.writeMixedInputs(in);
    Files.copy(Samples.IDNEWS_DEV, in.resolve("idnews-dev.jsonl"));
    input = in + "/*";

    cluster = new LocalFlinkCluster(Samples.REPO, work.resolve("cluster"));
    CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> {
      try {
        cluster.start();
      } catch (IOException | InterruptedException e) {
        throw new CompletionException(e);
      }
    });

    // Meanwhile the reference: the same input on DirectRunner, in this JVM.
    direct = work.resolve("direct-out");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--input=" + input, "--output=" + direct, "--runDate=" + RUN_DATE},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));

    starting.get(5, TimeUnit.MINUTES);
    JsonNode overview = cluster.get("/overview");
    assertEquals(2, overview.path("taskmanagers").asInt(), overview.toString());
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster == null) {
      return;
    }
    cluster.stop();
    for (String name : cluster.processNames()) {
      assertFalse(cluster.process(name).isPresent(), name + " still runs after stop");
    }
  }

  private Path partition(Path output) {
    return output.resolve("dt=" + RUN_DATE);
  }

  private List<String> submitArgs() {
    return List.of("--input=" + input, "--output=" + onCluster, "--runDate=" + RUN_DATE,
        "--runner=FlinkRunner", "--flinkMaster=" + cluster.master(), "--filesToStage=" + jar, "--parallelism=2",
        "--useDataStreamForBatch=true", "--numberOfExecutionRetries=" + RETRIES, "--executionRetryDelay=2000",
        "--progressIntervalSeconds=2");
  }

  /** {@code java -jar kutip.jar ...}, as a user submits the job; its output goes to a log file. */
  private Process submit(String name, String... moreArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(submitArgs());
    command.addAll(List.of(moreArgs));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile())
        .start();
  }

  private String finish(Process job, String name) throws Exception {
    try {
      if (!job.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        fail(name + " did not finish within " + JOB_TIMEOUT + ": " + log(name));
      }
    } finally {
      job.destroyForcibly();
    }
    assertEquals(0, job.exitValue(), name + " failed: " + log(name));
    return log(name);
  }

  private String log(String name) throws IOException {
    return Files.readString(work.resolve(name + ".log"), StandardCharsets.UTF_8);
  }

  /**
   * The job's state once it has left RUNNING, as the cluster's REST API reports it. The API serves a job's details
   * from a cache refreshed every few seconds ({@code web.refresh-interval}, 3 s), so a job whose client has already
   * seen it finish can still read RUNNING there for a moment (a CI run failed on that).
   */
  private String settledState(String jobId) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String state = cluster.get("/jobs/" + jobId).path("state").asText();
    while (state.equals("RUNNING") && System.nanoTime() < deadline) {
      Thread.sleep(500);
      state = cluster.get("/jobs/" + jobId).path("state").asText();
    }
    return state;
  }

  private String newJob(Set<String> before) {
    List<String> ids = new ArrayList<>(cluster.jobIds());
    ids.removeAll(before);
    assertEquals(1, ids.size(), "one new job on the cluster: " + ids);
    return ids.get(0);
  }

  @Test
  @Order(1)
  void theClusterWritesTheSameRecordsAsDirectRunnerAndShowsTheCounters() throws Exception {
    Set<String> before = new HashSet<>(cluster.jobIds());
    // In zstandard, whose native library the TaskManagers load from kutip.jar; the reference is deflate.
    String summary = finish(submit("run-1", "--avroCodec=zstandard"), "run-1");
    String jobId = newJob(before);
    assertEquals("FINISHED", settledState(jobId));

    assertSameRecords(partition(direct), partition(onCluster));
    assertEquals(Set.of(DataFileConstants.ZSTANDARD_CODEC), codecs(partition(onCluster)));
    assertEquals(Set.of(DataFileConstants.DEFLATE_CODEC), codecs(partition(direct)));
    RunManifest reference = MainTest.manifest(partition(direct));
    RunManifest manifest = MainTest.manifest(partition(onCluster));
    assertEquals("FlinkRunner", manifest.getRunner());
    assertEquals(2, manifest.getParallelism());
    assertEquals(stages(reference), stages(manifest), "counts per stage");
    assertEquals(reference.getSchemas(), manifest.getSchemas());
    assertEquals(46, manifest.getDocumentsRead());
    assertEquals(3, manifest.getDeadLetters());
    assertTrue(summary.contains("documents read 46, documents written 46"), summary);
    // Submitted detached, the job logged its counters from the cluster while it ran, before the summary.
    int progress = summary.indexOf("kutip: progress ");
    assertTrue(progress >= 0 && progress < summary.indexOf("documents read 46, documents written 46"), summary);

    // The stages' Beam counters, as the cluster reports them (dashboard: the job's Accumulators tab).
    Map<String, Long> counters = beamCounters(jobId);
    for (var stage : manifest.getStages()) {
      for (var counter : stage.getCounters().entrySet()) {
        if (counter.getValue() > 0) {
          assertEquals(counter.getValue(), counters.get(stage.getStage() + "." + counter.getKey()),
              stage.getStage() + "." + counter.getKey() + " on the cluster: " + counters);
        }
      }
    }
    assertEquals(46L, counters.get("ReadDumps.documents"));
    assertEquals(manifest.getQuotesWritten(), counters.get("AttributeQuotes.quotes"));

    // The restart strategy came with the job's options.
    String restart = cluster.get("/jobs/" + jobId + "/config").path("execution-config").path("restart-strategy").asText();
    assertTrue(restart.contains("fixed delay") && restart.contains(RETRIES + " restart attempts"), restart);

    // The TaskManagers, which tokenize, started with CoreNLP's lexer compiled (cluster.sh's default), so none warned.
    for (String name : List.of("tm-1", "tm-2")) {
      String tmLog = Files.readString(cluster.dir().resolve("log").resolve(name + ".log"), StandardCharsets.UTF_8);
      assertTrue(tmLog.contains(HugeMethods.FLAG), name + " was not started with " + HugeMethods.FLAG);
      assertFalse(tmLog.contains(HugeMethods.class.getName()), name + " warned that it lexes interpreted");
    }
  }

  @Test
  @Order(2)
  void aTaskManagerKilledMidRunIsSurvivedAndTheRerunReplacesThePartitionWithTheSameRecords() throws Exception {
    RunManifest undisturbed = MainTest.manifest(partition(onCluster));
    Set<String> before = new HashSet<>(cluster.jobIds());
    Process job = submit("run-2");
    String killed;
    String jobId;
    try {
      KillAt kill = killATaskManagerWhileTheJobRuns(before, job);
      killed = kill.taskManager;
      jobId = kill.jobId;
    } catch (RuntimeException | AssertionError e) {
      job.destroyForcibly();
      throw e;
    }
    finish(job, "run-2");

    assertEquals("FINISHED", settledState(jobId));
    JsonNode failures = cluster.get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries");
    assertTrue(failures.size() >= 1, "the job saw the TaskManager go: " + failures);
    assertFalse(cluster.process(killed).isPresent(), killed + " is dead");

    Path partition = partition(onCluster);
    assertSameRecords(partition(direct), partition);
    assertNoDuplicates(partition);
    RunManifest rerun = MainTest.manifest(partition);
    assertNotEquals(undisturbed.getRunId(), rerun.getRunId(), "the partition is the rerun's");
    assertEquals(stages(undisturbed), stages(rerun), "counts per stage, each element counted once");
    try (Stream<Path> left = Files.list(onCluster)) {
      assertEquals(List.of("dt=" + RUN_DATE), left.map(p -> p.getFileName().toString()).toList(),
          "one partition, nothing staged or replaced beside it");
    }
    try (Stream<Path> files = Files.walk(partition)) {
      List<String> strays = files.filter(Files::isRegularFile).map(p -> partition.relativize(p).toString())
          .filter(p -> !p.matches("_SUCCESS|_manifest\\.json|report\\.html|(documents|quotes|dead-letter)/part-\\d{5}-of-\\d{5}\\.avro"))
          .toList();
      assertEquals(List.of(), strays, "no temporary file of a failed attempt is left in the partition");
    }
  }

  private record KillAt(String jobId, String taskManager) {}

  /**
   * The task states in which losing the TaskManager fails the job's attempt. Deploying and initialising count too:
   * each of the job's stages runs briefly and one after another, and a poll that waited for RUNNING alone could miss
   * every stage of a fast run (it did once, on a loaded machine).
   */
  private static final Set<String> LIVE = Set.of("DEPLOYING", "INITIALIZING", "RUNNING");

  /**
   * Waits until the new job has a task deployed or running on some TaskManager, then kills that TaskManager's JVM
   * (SIGKILL, by pid). A live task lost with its TaskManager fails the job's attempt, so the restart strategy must act.
   */
  private KillAt killATaskManagerWhileTheJobRuns(Set<String> before, Process job) throws Exception {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!job.isAlive()) {
        fail("the job ended before a TaskManager could be killed: " + log("run-2"));
      }
      for (JsonNode overview : cluster.get("/jobs/overview").path("jobs")) {
        String jobId = overview.path("jid").asText();
        if (before.contains(jobId) || !overview.path("state").asText().equals("RUNNING")) {
          continue;
        }
        for (JsonNode vertex : cluster.get("/jobs/" + jobId).path("vertices")) {
          if (!LIVE.contains(vertex.path("status").asText())) {
            continue;
          }
          JsonNode hosts = cluster.get("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/taskmanagers");
          for (JsonNode host : hosts.path("taskmanagers")) {
            JsonNode counts = host.path("status-counts");
            if (LIVE.stream().mapToInt(state -> counts.path(state).asInt()).sum() > 0) {
              String name = host.path("taskmanager-id").asText();
              Optional<ProcessHandle> process = cluster.process(name);
              assertTrue(process.isPresent(), "no live process for TaskManager " + name);
              process.get().destroyForcibly();
              process.get().onExit().get(30, TimeUnit.SECONDS);
              return new KillAt(jobId, name);
            }
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no task of the job ran within " + JOB_TIMEOUT);
  }

  /** A manifest's counts per stage as plain maps (Avro records holding maps cannot be compared with equals). */
  private static Map<String, Map<String, Long>> stages(RunManifest manifest) {
    Map<String, Map<String, Long>> stages = new TreeMap<>();
    manifest.getStages().forEach(s -> stages.put(s.getStage(), new TreeMap<>(s.getCounters())));
    return stages;
  }

  /** Beam counters from the job's {@code __metricscontainers} accumulator: "namespace.name" -> sum over steps. */
  private Map<String, Long> beamCounters(String jobId) throws IOException {
    Map<String, Long> counters = new TreeMap<>();
    for (JsonNode accumulator : cluster.get("/jobs/" + jobId + "/accumulators").path("user-task-accumulators")) {
      if (!accumulator.path("name").asText().equals("__metricscontainers")) {
        continue;
      }
      JsonNode metrics = new ObjectMapper().readTree(accumulator.path("value").asText());
      for (JsonNode metric : metrics.path("metrics").path("attempted")) {
        if (!metric.path("urn").asText().equals("beam:metric:user:sum_int64:v1")) {
          continue;
        }
        JsonNode labels = metric.path("labels");
        counters.merge(labels.path("NAMESPACE").asText() + "." + labels.path("NAME").asText(),
            varint(Base64.getDecoder().decode(metric.path("payload").asText())), Long::sum);
      }
    }
    assertFalse(counters.isEmpty(), "no Beam counters in the job's accumulators");
    return counters;
  }

  /** Beam encodes a counter's value as a variable-length integer (7 bits a byte, least significant first). */
  private static long varint(byte[] bytes) {
    long value = 0;
    int shift = 0;
    for (byte b : bytes) {
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
      shift += 7;
    }
    return value;
  }

  /** The codecs in the headers of the partition's record files. */
  private static Set<String> codecs(Path partition) throws IOException {
    return AvroFiles.codecs(partition, "documents", "quotes", "dead-letter");
  }

  private static void assertSameRecords(Path expected, Path actual) throws IOException {
    assertFalse(records(expected, "quotes", Quote.class).isEmpty());
    assertEquals(records(expected, "documents", Document.class), records(actual, "documents", Document.class),
        "documents");
    assertEquals(records(expected, "quotes", Quote.class), records(actual, "quotes", Quote.class), "quotes");
    assertEquals(records(expected, "dead-letter", DeadLetter.class), records(actual, "dead-letter", DeadLetter.class),
        "dead letters");
  }

  private static void assertNoDuplicates(Path partition) throws IOException {
    List<Document> documents = AvroFiles.read(partition.resolve("documents"), Document.class);
    List<Quote> quotes = AvroFiles.read(partition.resolve("quotes"), Quote.class);
    assertEquals(documents.size(), documents.stream().map(Document::getDocId).distinct().count(), "document ids");
    assertEquals(quotes.size(), quotes.stream().map(Quote::getQuoteId).distinct().count(), "quote ids");
    assertEquals(46, documents.size());
  }

  /** Records as sorted JSON strings: the order of records in files is up to the runner, their contents are not. */
  private static <T extends SpecificRecord> List<String> records(Path out, String folder, Class<T> type)
      throws IOException {
    return AvroFiles.read(out.resolve(folder), type).stream().map(Object::toString).sorted().toList();
  }
}
