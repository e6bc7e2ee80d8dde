package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.InputFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing crashes: the job over {@link FuzzCorpus} (empty, binary, mis-encoded, huge, nested,
 * truncated and bomb files next to real articles) ends DONE on DirectRunner and on Flink, every file ends as a
 * document or as the dead letters its kind of fault calls for, the real articles get their quotes, and both runners
 * write the same records. The time limits only guard against a hang: a run takes about a minute on 2 cores.
 */
class FuzzCorpusTest {
  @TempDir static Path tmp;
  static List<FuzzCorpus.Case> cases;
  static Path input;
  private static Path direct;
  private static final Map<String, String> summaries = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  static void corpus() throws Exception {
    input = tmp.resolve("in");
    cases = FuzzCorpus.write(input);
  }

  /**
   * Runs the job over the corpus through {@link Main}, as a user would (runner defaults, per-file accounting, the
   * manifest), with the limits the expectations assume. The test's own time limit catches a hang.
   */
  private static Path run(String name, String... runnerArgs) {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("--input=" + input + "/*", "--output=" + out,
        "--maxDocumentBytes=" + FuzzCorpus.MAX_DOCUMENT_BYTES, "--maxFileBytes=" + FuzzCorpus.MAX_FILE_BYTES));
    args.addAll(List.of(runnerArgs));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8),
        new PrintStream(errors, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, name + ": the job must succeed\n" + errors.toString(StandardCharsets.UTF_8));
    summaries.put(name, printed.toString(StandardCharsets.UTF_8));
    return out;
  }

  private static synchronized Path direct() {
    if (direct == null) {
      direct = run("direct");
    }
    return direct;
  }

  private static <T extends SpecificRecord> List<T> read(Path out, String folder, Class<T> type) throws Exception {
    return AvroFiles.read(out.resolve(folder), type);
  }

  /** The corpus file a record's source URI names ({@code FILE}, {@code FILE#line=N}, {@code FILE#record=N}). */
  private static String fileOf(String sourceUri) {
    String path = sourceUri.startsWith("file://") ? sourceUri.substring("file://".length()) : sourceUri;
    int hash = path.indexOf('#');
    return Path.of(hash < 0 ? path : path.substring(0, hash)).getFileName().toString();
  }

  private static String suffixOf(String sourceUri) {
    int hash = sourceUri.indexOf('#');
    return hash < 0 ? "" : sourceUri.substring(hash);
  }

  private static <T> Map<String, List<T>> byFile(List<T> records, Function<T, String> sourceUri) {
    Map<String, List<T>> byFile = new TreeMap<>();
    for (T record : records) {
      byFile.computeIfAbsent(fileOf(sourceUri.apply(record)), f -> new ArrayList<>()).add(record);
    }
    return byFile;
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyFileEndsAsADocumentOrADeadLetterThatNamesIt() throws Exception {
    Path out = direct();
    Map<String, List<Document>> documents = byFile(read(out, "documents", Document.class), Document::getSourceUri);
    Map<String, List<DeadLetter>> deadLetters = byFile(read(out, "dead-letter", DeadLetter.class), d -> d.getSourceUri());
    List<String> files = cases.stream().map(FuzzCorpus.Case::file).toList();
    for (String file : files) {
      assertTrue(documents.containsKey(file) || deadLetters.containsKey(file), file + " left no record at all");
    }
    assertTrue(files.containsAll(documents.keySet()), "documents of no corpus file: " + documents.keySet());
    assertTrue(files.containsAll(deadLetters.keySet()), "dead letters of no corpus file: " + deadLetters.keySet());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void eachKindOfBadInputIsTheDeadLetterOfItsStageAndReason() throws Exception {
    Path out = direct();
    List<DeadLetter> all = read(out, "dead-letter", DeadLetter.class);
    for (DeadLetter d : all) {
      assertFalse(d.getStage() == null || d.getStage().isBlank(), "a dead letter without stage: " + d);
      assertFalse(d.getReason() == null || d.getReason().isBlank(), "a dead letter without reason: " + d);
      assertFalse(d.getError() == null || d.getError().isBlank(), "a dead letter without error: " + d);
      assertFalse(d.getReason().equals("unexpected-error"), "a stage failed on its input: " + d);
      assertTrue(d.getExcerpt().length() <= 1000, "an excerpt is bounded: " + d.getSourceUri());
    }
    Map<String, List<DeadLetter>> byFile = byFile(all, d -> d.getSourceUri());
    for (FuzzCorpus.Case c : cases) {
      List<String> expected = c.deadLetters().stream()
          .map(e -> e.uriSuffix() + " " + e.stage() + " " + e.reason()).sorted().toList();
      List<DeadLetter> actual = byFile.getOrDefault(c.file(), List.of());
      assertEquals(expected, actual.stream().map(d -> suffixOf(d.getSourceUri()) + " " + d.getStage() + " " + d.getReason())
          .sorted().toList(), c.file() + ": " + actual);
      for (FuzzCorpus.Expected e : c.deadLetters()) {
        DeadLetter d = actual.stream().filter(a -> suffixOf(a.getSourceUri()).equals(e.uriSuffix())
            && a.getReason().equals(e.reason())).findFirst().orElseThrow();
        assertTrue(d.getError().contains(e.errorContains()), c.file() + e.uriSuffix() + ": " + d.getError());
      }
    }
  }

  /**
   * The manifest accounts for every file record by record: what was read is what was written plus what became a
   * dead letter (a quote's dead letter leaves its document written, so it is counted apart), and the summary says so.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyFileIsAccountedForInTheManifest() throws Exception {
    Path out = direct();
    Map<String, List<Document>> documents = byFile(read(out, "documents", Document.class), Document::getSourceUri);
    Map<String, String> expected = new TreeMap<>();
    for (FuzzCorpus.Case c : cases) {
      long deadLetters = c.deadLetters().stream().filter(e -> !e.stage().equals("AttributeQuotes")).count();
      long quoteDeadLetters = c.deadLetters().size() - deadLetters;
      int written = documents.getOrDefault(c.file(), List.of()).size();
      // A read error after some documents (a truncated gzip) counts as one more record, read and dead-lettered.
      expected.put(c.file(), (written + deadLetters) + " = " + written + " + 0 + " + deadLetters
          + " (" + quoteDeadLetters + " quote dead letters)");
    }
    Map<String, String> actual = new TreeMap<>();
    for (InputFile f : MainTest.manifest(out).getInputFiles()) {
      actual.put(f.getUri().substring(f.getUri().lastIndexOf('/') + 1), "%d = %d + %d + %d (%d quote dead letters)"
          .formatted(f.getRecordsRead(), f.getDocumentsWritten(), f.getDuplicatesDropped(), f.getDeadLetters(),
              f.getQuoteDeadLetters()));
    }
    assertEquals(expected, actual);
    assertTrue(summaries.get("direct").contains("every file balanced"), summaries.get("direct"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void goodDocumentsAreWrittenWithTheirQuotes() throws Exception {
    Path out = direct();
    List<Document> all = read(out, "documents", Document.class);
    Map<String, List<Document>> documents = byFile(all, Document::getSourceUri);
    Map<String, List<Quote>> quotes = byFile(read(out, "quotes", Quote.class), Quote::getSourceUri);
    for (FuzzCorpus.Case c : cases) {
      assertEquals(c.documents(), documents.containsKey(c.file()), c.file() + " documents");
      if (c.quotes()) {
        assertTrue(quotes.containsKey(c.file()), c.file() + " has no quote");
      }
    }
    for (Document d : all) {
      int n = d.getText().length();
      d.getSentences().forEach(s -> assertTrue(0 <= s.getStart() && s.getStart() < s.getEnd() && s.getEnd() <= n,
          d.getSourceUri() + " sentence " + s));
      d.getEntities().forEach(e -> assertEquals(e.getText(), d.getText().substring(e.getStart(), e.getEnd()),
          d.getSourceUri() + " entity"));
    }
    Quote blinken = quotes.get("good-seed-000_1d128b8a72a659a6.txt").stream()
        .filter(q -> q.getText().startsWith("Saya memberi tahu menteri")).findFirst().orElse(null);
    assertNotNull(blinken, "the Blinken quote of seed 000");
    assertEquals("Antony Blinken", blinken.getSpeaker().getName());
    Quote tol = quotes.get("cp1252-smart-quotes.txt").stream()
        .filter(q -> q.getType().name().equals("DIRECT")).findFirst().orElseThrow();
    assertEquals("Jalan tol ini untuk rakyat, bukan untuk pejabat", tol.getText(), "windows-1252 curly quotes are quotes");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void flinkWritesTheSameRecordsAsTheDirectRunner() throws Exception {
    Path flink = run("flink", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    Path direct = direct();
    assertEquals(sorted(read(direct, "documents", Document.class)), sorted(read(flink, "documents", Document.class)));
    assertEquals(sorted(read(direct, "quotes", Quote.class)), sorted(read(flink, "quotes", Quote.class)));
    assertEquals(sorted(read(direct, "dead-letter", DeadLetter.class)), sorted(read(flink, "dead-letter", DeadLetter.class)));
    assertEquals(MainTest.accounts(MainTest.manifest(direct)), MainTest.accounts(MainTest.manifest(flink)),
        "the same per-file accounts");
    assertTrue(summaries.get("flink").contains("every file balanced"), summaries.get("flink"));
  }

  private static List<String> sorted(List<? extends SpecificRecord> records) {
    return records.stream().map(Object::toString).sorted().toList();
  }
}
