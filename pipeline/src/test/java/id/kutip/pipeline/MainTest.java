package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    for (String option : List.of("--input", "--output", "--maxDocumentBytes", "--jsonTextField", "--gazetteerFiles",
        "--boilerplateFiles", "--dropDuplicates", "--dropNonIndonesian")) {
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

  private void assertOneLine(String expected) {
    String e = errLines();
    assertTrue(e.startsWith("kutip: error: ") && e.contains(expected), e);
    assertEquals(1, e.strip().split("\n").length, e);
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
  }
}
