package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
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

  private static Path run(String name, String... runnerArgs) {
    Path out = tmp.resolve(name);
    String[] args = new String[runnerArgs.length + 2];
    args[0] = "--input=" + input;
    args[1] = "--output=" + out;
    System.arraycopy(runnerArgs, 0, args, 2, runnerArgs.length);
    KutipOptions options = PipelineOptionsFactory.fromArgs(args).as(KutipOptions.class);
    PipelineResult.State state = KutipPipeline.run(options).waitUntilFinish();
    assertEquals(PipelineResult.State.DONE, state);
    return out;
  }

  /** Records as sorted JSON strings: the order of records in files is up to the runner, their contents are not. */
  private static <T extends SpecificRecord> List<String> records(Path out, String folder, Class<T> type) throws Exception {
    return AvroFiles.read(out.resolve(folder), type).stream().map(Object::toString).sorted().toList();
  }

  @Test
  void directAndFlinkWriteTheSameRecords() throws Exception {
    Path direct = run("direct");
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
