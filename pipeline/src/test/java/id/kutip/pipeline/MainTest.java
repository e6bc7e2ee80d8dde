package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.Quote;
import id.kutip.schema.RunManifest;
import id.kutip.schema.SchemaFingerprint;
import id.kutip.schema.StageCounters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errLines() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryOptionWithItsDescription() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String option : List.of("--input", "--output", "--runDate", "--maxDocumentBytes", "--jsonTextField",
        "--gazetteerFiles", "--boilerplateFiles", "--dropDuplicates", "--dropNonIndonesian")) {
      assertTrue(help.contains(option), option + " missing from --help");
    }
    assertTrue(help.contains("Output directory"));
  }

  @Test
  void missingInputIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--output=" + tmp));
    assertOneLine("--input");
  }

  @Test
  void unmatchedInputIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + tmp + "/nothing-here/*.txt", "--output=" + tmp.resolve("o")));
    assertOneLine("no file matches");
  }

  @Test
  void unwritableOutputIsOneLineAndExitCodeTwo() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + file.resolve("sub")));
    assertOneLine("cannot write to --output");
  }

  @Test
  void unknownOptionIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=x", "--output=y", "--colour=blue"));
    assertOneLine("colour");
  }

  @Test
  void aBadUserGazetteerIsOneLineNamingTheFileAndLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.tsv"), "nama\tjenis\n");
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"), "--gazetteerFiles=" + bad));
    assertOneLine("bad.tsv:1");
  }

  @Test
  void aMissingGazetteerFileIsOneLineNamingTheOption() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--gazetteerFiles=" + tmp.resolve("no-such.tsv")));
    assertOneLine("cannot read --gazetteerFiles file");
  }

  @Test
  void aMissingBoilerplateFileIsOneLineNamingTheOption() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--boilerplateFiles=" + tmp.resolve("no-such.tsv")));
    assertOneLine("cannot read --boilerplateFiles file");
  }

  @Test
  void aBadBoilerplateRuleIsOneLineNamingTheFileAndLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("rules.tsv"), "kind\tpattern\tnote\ndrop\t^Baca juga\tok\nbuang\tx\ty\n");
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--boilerplateFiles=" + bad));
    assertOneLine("rules.tsv:3");
  }

  @Test
  void aBadOptionValueIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--maxDocumentBytes=lots"));
    assertOneLine("maxDocumentBytes");
  }

  @Test
  void aDeflateLevelOutOfRangeIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--avroDeflateLevel=0"));
    assertOneLine("--avroDeflateLevel is 1 (fastest) to 9");
  }

  @Test
  void anUnknownAvroCodecIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"),
        "--avroCodec=gzip"));
    assertOneLine("--avroCodec is deflate, snappy or zstandard, not gzip");
  }

  @Test
  void inspectOfAMissingFolderIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("inspect", tmp.resolve("nothing").toString()));
    assertOneLine("cannot read");
  }

  private void assertOneLine(String expected) {
    String e = errLines();
    assertTrue(e.startsWith("kutip: error: ") && e.contains(expected), e);
    assertEquals(1, e.strip().split("\n").length, e);
  }

  @Test
  void evaluateScoresTheJobsQuotesAgainstGold() {
    Path gold = Samples.REPO.resolve("src/gold/seeds/quotes.jsonl");
    assertEquals(0, run("evaluate", "--input=" + Samples.SEEDS + "/*.txt", "--gold=" + gold, "--output=" + tmp.resolve("e")));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.startsWith("all       gold=  76 pred="), report);
    assertTrue(report.contains("direct    gold=  17"), report);
  }

  @Test
  void evaluateWithoutGoldIsAUsageError() {
    assertEquals(2, run("evaluate", "--input=" + Samples.SEEDS + "/*.txt"));
    assertOneLine("gold");
  }

  @Test
  void theJobRunsOnTheSeedsAndWritesTheThreeFolders() throws Exception {
    Path output = tmp.resolve("out");
    assertEquals(0, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + output));
    for (String folder : List.of("documents", "quotes", "dead-letter")) {
      assertTrue(Files.isDirectory(output.resolve(folder)), folder);
    }
    List<Quote> quotes = AvroFiles.read(output.resolve("quotes"), Quote.class);
    assertTrue(quotes.stream().anyMatch(q -> "Antony Blinken".equals(q.getSpeaker().getName())));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("documents read 5, documents written 5"), summary);
    assertTrue(Files.exists(output.resolve("_SUCCESS")));
    assertEquals(5, manifest(output).getDocumentsWritten());
    try (var left = Files.list(output)) {
      assertEquals(List.of("_SUCCESS", "_manifest.json", "dead-letter", "documents", "quotes", "report.html"),
          left.map(p -> p.getFileName().toString()).sorted().toList(), "nothing staged is left");
    }
  }

  @Test
  void theJobWritesEveryFolderWithTheCodecAsked() throws Exception {
    Path output = tmp.resolve("zstd");
    assertEquals(0, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + output, "--avroCodec=zstandard"));
    assertEquals(Set.of(DataFileConstants.ZSTANDARD_CODEC),
        AvroFiles.codecs(output, "documents", "quotes", "dead-letter"));
    RunManifest manifest = manifest(output);
    assertEquals(5, manifest.getDocumentsWritten());
    assertEquals(manifest.getQuotesWritten(), AvroFiles.read(output.resolve("quotes"), Quote.class).size());
  }

  @Test
  void aScheduledRunWritesItsDatePartitionAndARerunReplacesIt() throws Exception {
    Path output = tmp.resolve("warehouse");
    assertEquals(0, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + output, "--runDate=2024-05-01"));
    Path partition = output.resolve("dt=2024-05-01");
    assertEquals(List.of("dt=2024-05-01"), names(output), "only the partition, nothing staged beside it");
    assertEquals(List.of("_SUCCESS", "_manifest.json", "dead-letter", "documents", "quotes", "report.html"), names(partition));

    RunManifest first = manifest(partition);
    List<Document> documents = AvroFiles.read(partition.resolve("documents"), Document.class);
    List<Quote> quotes = AvroFiles.read(partition.resolve("quotes"), Quote.class);
    assertEquals("2024-05-01", first.getRunDate());
    assertEquals("DirectRunner", first.getRunner());
    assertTrue(first.getJobVersion().matches("\\d+\\.\\d+\\.\\d+.*"), first.getJobVersion());
    assertEquals(partition.toString(), first.getOutput());
    assertEquals(5, first.getInputFiles().size());
    for (InputFile file : first.getInputFiles()) {
      assertEquals(Files.size(Path.of(file.getUri())), file.getSizeBytes(), file.getUri());
    }
    assertEquals(5, first.getDocumentsRead());
    assertEquals(documents.size(), first.getDocumentsWritten());
    assertEquals(quotes.size(), first.getQuotesWritten());
    assertEquals(0, first.getDeadLetters());
    assertEquals(List.of("ReadDumps", "CleanDocuments", "FindDuplicates", "SplitSentences", "TagEntities",
            "AttributeQuotes"),
        first.getStages().stream().map(StageCounters::getStage).toList());
    long sentences = documents.stream().mapToLong(d -> d.getSentences().size()).sum();
    assertEquals(sentences, first.getStages().get(3).getCounters().get("sentences"));
    // The fingerprints name the schemas the records were really written with.
    Schema written = AvroFiles.writerSchema(partition.resolve("quotes"));
    SchemaFingerprint quoteSchema = first.getSchemas().stream().filter(f -> f.getFolder().equals("quotes")).findFirst().orElseThrow();
    assertEquals(String.format("%016x", SchemaNormalization.parsingFingerprint64(written)), quoteSchema.getCrc64Avro());
    assertEquals(64, quoteSchema.getSha256().length());

    // A rerun of the same date (here with one input file) replaces the partition whole.
    String seed = "000_1d128b8a72a659a6";
    assertEquals(0, run("--input=" + Samples.SEEDS + "/" + seed + ".txt", "--output=" + output, "--runDate=2024-05-01"));
    assertEquals(List.of("dt=2024-05-01"), names(output));
    RunManifest second = manifest(partition);
    assertNotEquals(first.getRunId(), second.getRunId());
    assertEquals(1, second.getInputFiles().size());
    assertEquals(List.of(seed), AvroFiles.read(partition.resolve("documents"), Document.class).stream()
        .map(Document::getDocId).toList());
    assertTrue(AvroFiles.read(partition.resolve("quotes"), Quote.class).stream().allMatch(q -> q.getDocId().equals(seed)));
    assertEquals(second.getQuotesWritten(), AvroFiles.read(partition.resolve("quotes"), Quote.class).size());
  }

  @Test
  void aRunDateThatIsNotADateIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"), "--runDate=2024-13-01"));
    assertOneLine("--runDate");
  }

  @Test
  void flinkRetriesThatBeamWouldIgnoreAreOneLineAndExitCodeTwo() {
    assertEquals(2, run("--input=" + Samples.SEEDS + "/*.txt", "--output=" + tmp.resolve("o"), "--runner=FlinkRunner",
        "--numberOfExecutionRetries=3"));
    assertOneLine("--useDataStreamForBatch=true");
  }

  private static List<String> names(Path dir) throws Exception {
    try (var list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static RunManifest manifest(Path dir) throws Exception {
    String json = Files.readString(dir.resolve("_manifest.json"));
    return new SpecificDatumReader<>(RunManifest.class)
        .read(null, DecoderFactory.get().jsonDecoder(RunManifest.getClassSchema(), json));
  }

  @Test
  void droppedDuplicatesAndOtherLanguagesAreAccountedFor() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path tempo = Samples.SEEDS.resolve("000_1d128b8a72a659a6.txt");
    Files.copy(tempo, in.resolve("000_1d128b8a72a659a6.txt"));
    Files.copy(tempo, in.resolve("tempo-copy.txt"));
    Files.copy(Samples.SEEDS.resolve("001_89c0883bc15e735a.txt"), in.resolve("001_89c0883bc15e735a.txt"));
    Files.writeString(in.resolve("press-release.txt"), "The company said on Monday that it would open a new factory "
        + "in the province next year, which it expects to employ about two thousand people from the region.");
    Path output = tmp.resolve("out");

    assertEquals(0, run("--input=" + in + "/*", "--output=" + output, "--dropDuplicates", "--dropNonIndonesian"));

    // Read 4 = written 2 + duplicates dropped 1 + dead letters 1.
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("documents read 4, documents written 2, duplicates dropped 1"), summary);
    assertTrue(summary.contains("dead letters 1"), summary);
    List<DeadLetter> deadLetters = AvroFiles.read(output.resolve("dead-letter"), DeadLetter.class);
    assertEquals(List.of("CleanDocuments:not-indonesian"),
        deadLetters.stream().map(d -> d.getStage() + ":" + d.getReason()).toList());
    List<Document> documents = AvroFiles.read(output.resolve("documents"), Document.class);
    assertEquals(2, documents.size());
    Document kept = documents.stream().filter(d -> d.getClusterId() != null).findFirst().orElseThrow();
    assertEquals("000_1d128b8a72a659a6", kept.getClusterId(), "a group is named after its smallest id");

    // And file by file, in the manifest.
    assertEquals(Map.of(
            "000_1d128b8a72a659a6.txt", "1 = 1 + 0 + 0",
            "001_89c0883bc15e735a.txt", "1 = 1 + 0 + 0",
            "press-release.txt", "1 = 0 + 0 + 1",
            "tempo-copy.txt", "1 = 0 + 1 + 0"),
        accounts(manifest(output)));
    assertTrue(summary.contains("accounting: 4 files, records read 4 = written 2 + duplicates dropped 1 + dead letters "
        + "1; every file balanced"), summary);
  }

  /** File name -> "read = written + dropped + dead letters", from the manifest's input files. */
  static Map<String, String> accounts(RunManifest manifest) {
    Map<String, String> accounts = new TreeMap<>();
    for (InputFile f : manifest.getInputFiles()) {
      accounts.put(f.getUri().substring(f.getUri().lastIndexOf('/') + 1), f.getRecordsRead() + " = "
          + f.getDocumentsWritten() + " + " + f.getDuplicatesDropped() + " + " + f.getDeadLetters());
    }
    return accounts;
  }

  @Test
  void everyInputFileIsAccountedForRecordByRecord() throws Exception {
    Path in = tmp.resolve("mixed");
    Samples.writeMixedInputs(in);
    Path output = tmp.resolve("out");

    assertEquals(0, run("--input=" + in + "/*", "--output=" + output));

    Map<String, String> expected = new TreeMap<>(Map.of(
        "scrape.jsonl", "3 = 2 + 0 + 1",
        "empty.txt", "1 = 0 + 0 + 1",
        "noise.txt", "1 = 0 + 0 + 1"));
    try (var seeds = Files.list(Samples.SEEDS)) {
      seeds.forEach(seed -> expected.put(seed.getFileName() + ".gz", "1 = 1 + 0 + 0"));
    }
    RunManifest manifest = manifest(output);
    assertEquals(expected, accounts(manifest));
    assertTrue(manifest.getInputFiles().stream().allMatch(f -> f.getSizeBytes() > 0 || f.getUri().endsWith("empty.txt")),
        "the accounts are merged with what the match said about each file");
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("accounting: 8 files, records read 10 = written 7 + duplicates dropped 0 + dead "
        + "letters 3; every file balanced"), summary);
    try (var left = Files.list(output)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("account")), "accounts are not committed");
    }
  }

  @Test
  void aFileThatIsNotBalancedIsNamedInTheSummary() {
    InputFile lost = InputFile.newBuilder().setUri("file:///in/a.jsonl").setSizeBytes(9).setRecordsRead(3)
        .setDocumentsWritten(1).setDeadLetters(1).build();
    InputFile unread = InputFile.newBuilder().setUri("file:///in/b.txt").setSizeBytes(9).build();
    InputFile fine = InputFile.newBuilder().setUri("file:///in/c.txt").setSizeBytes(9).setRecordsRead(1)
        .setDocumentsWritten(1).build();
    assertEquals(List.of(lost, unread), FileAccounting.unbalanced(List.of(fine, unread, lost)));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FileAccounting.print(new PrintStream(printed, true, StandardCharsets.UTF_8), List.of(fine, unread, lost));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("2 files NOT balanced"), text);
    assertTrue(text.contains("file:///in/a.jsonl: read 3, written 1, duplicates dropped 0, dead letters 1"), text);
    assertTrue(text.contains("file:///in/b.txt: read 0"), text);
  }
}
