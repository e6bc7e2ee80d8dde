package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same records, ids included, on DirectRunner and on Flink at parallelism 1 and 2. */
class RunnerParityTest {
  @TempDir static Path tmp;
  static String input;

  @BeforeAll
  static void inputs() throws Exception {
    Path in = tmp.resolve("in");
    Samples.writeMixedInputs(in);
    java.nio.file.Files.copy(Samples.IDNEWS_DEV, in.resolve("idnews-dev.jsonl"));
    input = in + "/*";
  }

  /**
   * One run as a user starts it ({@link Main}), so with the job's own runner settings ({@link RunnerDefaults}): on
   * the DirectRunner its joins over 8 keys, on Flink over the stages' own counts. DirectRunner's checks on mutation
   * and coders stay on here, as in every test.
   */
  private static Path run(String name, String... runnerArgs) {
    Path out = tmp.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of(
        "--input=" + input, "--output=" + out, "--report=false"));
    args.addAll(List.of(runnerArgs));
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    java.io.PrintStream printed = new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = Main.run(args.toArray(String[]::new), printed, printed);
    assertEquals(0, code, log.toString(java.nio.charset.StandardCharsets.UTF_8));
    return out;
  }

  /** Records as sorted JSON strings: the order of records in files is up to the runner, their contents are not. */
  private static <T extends SpecificRecord> List<String> records(Path out, String folder, Class<T> type) throws Exception {
    return AvroFiles.read(out.resolve(folder), type).stream().map(Object::toString).sorted().toList();
  }

  @Test
  void directAndFlinkWriteTheSameRecords() throws Exception {
    Path direct = run("direct", "--enforceImmutability=true", "--enforceEncodability=true");
    Path flink1 = run("flink1", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=1");
    Path flink2 = run("flink2", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

    List<String> quotes = records(direct, "quotes", Quote.class);
    List<String> documents = records(direct, "documents", Document.class);
    List<String> deadLetters = records(direct, "dead-letter", DeadLetter.class);
    assertFalse(quotes.isEmpty());
    assertEquals(5 + 2 + 39, documents.size());
    assertEquals(3, deadLetters.size());
    for (Path flink : List.of(flink1, flink2)) {
      assertEquals(documents, records(flink, "documents", Document.class), flink + " documents");
      assertEquals(quotes, records(flink, "quotes", Quote.class), flink + " quotes");
      assertEquals(deadLetters, records(flink, "dead-letter", DeadLetter.class), flink + " dead letters");
    }
  }
}
