package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a run's records: written aside, committed whole, the previous records replaced, never doubled. Each
 * case runs with the local commit (atomic folder renames) and with the one for object stores (file by file, behind
 * {@code _SUCCESS}), the latter on the local disk through Beam's filesystem layer.
 */
class OutputCommitTest {
  @TempDir Path tmp;

  @BeforeAll
  static void filesystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  private OutputCommit commit(boolean local, Path output, String runDate, String runId) {
    return local
        ? new OutputCommit.Local(output, runDate == null ? null : "dt=" + runDate, runId)
        : new OutputCommit.OnFileSystem(output.toString(), runDate == null ? null : "dt=" + runDate, runId);
  }

  /** A run that writes {@code parts} part files into each folder of its staging directory, as the pipeline does. */
  private static void stage(OutputCommit commit, String content, int parts) throws IOException {
    for (String folder : List.of("documents", "quotes", "dead-letter")) {
      Path dir = Path.of(commit.stagingDir()).resolve(folder);
      Files.createDirectories(dir);
      for (int i = 0; i < parts; i++) {
        Files.writeString(dir.resolve(String.format("part-%05d-of-%05d.avro", i, parts)), content);
      }
    }
    Files.writeString(Path.of(commit.stagingDir()).resolve("report.html"), content);
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "local={0}")
  @ValueSource(booleans = {true, false})
  void aRerunOfTheSameDateReplacesThePartitionWhole(boolean local) throws IOException {
    Path out = tmp.resolve("out");
    OutputCommit first = commit(local, out, "2024-05-01", "run1");
    first.prepare();
    stage(first, "first", 2);
    first.commit("{\"run\":1}".getBytes(StandardCharsets.UTF_8));

    Path partition = out.resolve("dt=2024-05-01");
    assertEquals(partition.toString(), Path.of(first.targetDir()).toString().replaceAll("/$", ""));
    assertEquals(List.of("_SUCCESS", "_manifest.json", "dead-letter/part-00000-of-00002.avro",
        "dead-letter/part-00001-of-00002.avro", "documents/part-00000-of-00002.avro",
        "documents/part-00001-of-00002.avro", "quotes/part-00000-of-00002.avro", "quotes/part-00001-of-00002.avro",
        "report.html"), tree(partition));

    // The rerun writes one shard instead of two: none of the first run's files may survive beside it.
    OutputCommit second = commit(local, out, "2024-05-01", "run2");
    second.prepare();
    stage(second, "second", 1);
    assertEquals("first", Files.readString(partition.resolve("quotes/part-00000-of-00002.avro")),
        "readers still see the first run while the second one writes aside");
    second.commit("{\"run\":2}".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("_SUCCESS", "_manifest.json", "dead-letter/part-00000-of-00001.avro",
        "documents/part-00000-of-00001.avro", "quotes/part-00000-of-00001.avro", "report.html"), tree(partition));
    assertEquals("second", Files.readString(partition.resolve("quotes/part-00000-of-00001.avro")));
    assertEquals("second", Files.readString(partition.resolve("report.html")));
    assertEquals("{\"run\":2}", Files.readString(partition.resolve("_manifest.json")));
    assertTrue(tree(out).stream().allMatch(p -> p.startsWith("dt=2024-05-01/")), "no staged file is left: " + tree(out));
    if (local) {
      assertEquals(List.of("dt=2024-05-01"), visibleAndHidden(out), "no staging or replaced folder is left");
    }
  }

  @ParameterizedTest(name = "local={0}")
  @ValueSource(booleans = {true, false})
  void otherDatesAreLeftAlone(boolean local) throws IOException {
    Path out = tmp.resolve("out");
    for (String date : List.of("2024-05-01", "2024-05-02")) {
      OutputCommit run = commit(local, out, date, "run-" + date);
      run.prepare();
      stage(run, date, 1);
      run.commit(date.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of("dt=2024-05-01", "dt=2024-05-02"),
        tree(out).stream().map(p -> p.substring(0, p.indexOf('/'))).distinct().toList());
    assertEquals("2024-05-01", Files.readString(out.resolve("dt=2024-05-01/documents/part-00000-of-00001.avro")));
  }

  @ParameterizedTest(name = "local={0}")
  @ValueSource(booleans = {true, false})
  void aFailedRunLeavesThePreviousPartitionAndTheNextRunClearsItsLeftovers(boolean local) throws IOException {
    Path out = tmp.resolve("out");
    OutputCommit good = commit(local, out, "2024-05-01", "good");
    good.prepare();
    stage(good, "good", 1);
    good.commit("good".getBytes(StandardCharsets.UTF_8));

    OutputCommit failed = commit(local, out, "2024-05-01", "failed");
    failed.prepare();
    stage(failed, "half", 1);
    failed.abort();
    OutputCommit died = commit(local, out, "2024-05-01", "died"); // its process was killed: no abort
    died.prepare();
    stage(died, "half", 1);

    Path partition = out.resolve("dt=2024-05-01");
    assertEquals("good", Files.readString(partition.resolve("documents/part-00000-of-00001.avro")));
    assertTrue(Files.exists(partition.resolve("_SUCCESS")));

    OutputCommit next = commit(local, out, "2024-05-01", "next");
    next.prepare();
    assertEquals(List.of("dt=2024-05-01/_SUCCESS", "dt=2024-05-01/_manifest.json", "dt=2024-05-01/dead-letter/part-00000-of-00001.avro",
        "dt=2024-05-01/documents/part-00000-of-00001.avro", "dt=2024-05-01/quotes/part-00000-of-00001.avro",
        "dt=2024-05-01/report.html"), tree(out),
        "the dead run's files are gone, the good partition is whole");
    if (local) {
      assertEquals(List.of(".dt=2024-05-01.staging-next", "dt=2024-05-01"), visibleAndHidden(out));
    }
  }

  @ParameterizedTest(name = "local={0}")
  @ValueSource(booleans = {true, false})
  void withoutADateTheRecordFoldersOfTheOutputAreReplacedAndNothingElse(boolean local) throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "the user's own file");
    OutputCommit first = commit(local, out, null, "a");
    first.prepare();
    stage(first, "first", 2);
    first.commit("a".getBytes(StandardCharsets.UTF_8));
    OutputCommit second = commit(local, out, null, "b");
    second.prepare();
    stage(second, "second", 1);
    second.commit("b".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("_SUCCESS", "_manifest.json", "dead-letter/part-00000-of-00001.avro",
        "documents/part-00000-of-00001.avro", "notes.txt", "quotes/part-00000-of-00001.avro", "report.html"),
        tree(out).stream().filter(p -> !p.startsWith(".")).toList());
    assertEquals("b", Files.readString(out.resolve("_manifest.json")));
    assertEquals("second", Files.readString(out.resolve("report.html")), "the report is committed with its records");
    assertEquals("the user's own file", Files.readString(out.resolve("notes.txt")));
    assertFalse(tree(out).stream().anyMatch(p -> p.startsWith(".")), "no staging files left: " + tree(out));
  }

  @Test
  void runDatesMustBeRealDatesWrittenYearMonthDay() {
    assertEquals("2024-02-29", OutputCommit.checkRunDate("2024-02-29"));
    for (String bad : List.of("2024-5-1", "20240501", "2023-02-29", "2024-05-01/../../etc", "dt=2024-05-01")) {
      assertThrows(IllegalArgumentException.class, () -> OutputCommit.checkRunDate(bad), bad);
    }
  }

  private static List<String> visibleAndHidden(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
