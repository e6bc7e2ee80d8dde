package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "--boilerplateFiles")) {
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
  }
}
