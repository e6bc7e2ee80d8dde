package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of the job on mixed inputs (7 documents, 3 dead letters), then: the run report checked in headless
 * Chromium against the run's own records, and the {@code inspect} subcommand on the three folders.
 */
class ReportAndInspectTest {
  @TempDir static Path tmp;
  static Path output;
  static String runOut;
  static String runErr;

  @BeforeAll
  static void runTheJob() throws Exception {
    Path in = tmp.resolve("in");
    Samples.writeMixedInputs(in);
    output = tmp.resolve("out");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--input=" + in + "/*", "--output=" + output, "--progressIntervalSeconds=1"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    runOut = out.toString(StandardCharsets.UTF_8);
    runErr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, runOut + runErr);
  }

  private record Run(int code, String out, String err) {}

  private static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSummarySaysWhereTheReportIsAndProgressComesFromCounters() {
    assertTrue(runOut.contains("report " + output.resolve("report.html")), runOut);
    assertTrue(Files.isRegularFile(output.resolve("report.html")));
    for (String line : runErr.split("\n")) {
      if (line.startsWith("kutip: progress")) {
        assertTrue(line.matches("kutip: progress \\d+s: documents read \\d+, tagged \\d+, quotes \\d+, "
            + "dead letters \\d+, [0-9.]+ documents/s"), line);
      }
    }
  }

  @Test
  void theReportIsSelfContained() throws Exception {
    String html = Files.readString(output.resolve("report.html"));
    assertTrue(!html.contains("<link") && !html.contains("src=") && !html.contains("@import"), "fetches something");
    assertTrue(!html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*https?://.*"),
        "the page refers to the network");
  }

  @Test
  void inspectQuotesBySpeakerAsATable() throws Exception {
    List<Quote> quotes = AvroFiles.read(output.resolve("quotes"), Quote.class);
    long blinken = quotes.stream().filter(q -> speaks(q, "blinken")).count();
    assertTrue(blinken > 0);
    Run run = main("inspect", output.resolve("quotes").toString(), "--speaker=Blinken");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("speaker "), run.out());
    assertTrue(run.out().contains(blinken + " of " + blinken + " Quote record(s) shown"), run.out());
    assertEquals(blinken + 3, run.out().strip().split("\n").length, run.out());
  }

  @Test
  void inspectJsonlGivesOneJsonRecordPerLineWithFilters() throws Exception {
    List<Quote> quotes = AvroFiles.read(output.resolve("quotes"), Quote.class);
    long direct = quotes.stream().filter(q -> q.getType().name().equals("DIRECT")).count();
    Run run = main("inspect", output.resolve("quotes").toString(), "--type=direct", "--format=jsonl");
    assertEquals(0, run.code(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(direct, lines.length);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertEquals("DIRECT", node.get("type").asText());
    }
    Run limited = main("inspect", output.resolve("quotes").toString(), "--format=jsonl", "--limit=2");
    assertEquals(2, limited.out().strip().split("\n").length);
  }

  @Test
  void inspectDetectsDocumentsAndDeadLetters() throws Exception {
    List<Document> docs = AvroFiles.read(output.resolve("documents"), Document.class);
    Run documents = main("inspect", output.resolve("documents").toString(), "--doc=j1");
    assertEquals(0, documents.code(), documents.err());
    assertTrue(documents.out().startsWith("doc_id "), documents.out());
    assertTrue(documents.out().contains("1 of 1 Document record(s)"), documents.out());
    Run all = main("inspect", output.resolve("documents").toString());
    assertTrue(all.out().contains(docs.size() + " of " + docs.size() + " Document"), all.out());
    Run dead = main("inspect", output.resolve("dead-letter").toString(), "--stage=ReadDumps", "--reason=empty");
    assertEquals(0, dead.code(), dead.err());
    assertTrue(dead.out().startsWith("stage ") && dead.out().contains("empty.txt"), dead.out());
    assertTrue(dead.out().contains("1 of 1 DeadLetter record(s)"), dead.out());
  }

  @Test
  void inspectMistakesAreOneLineWithExitCodeTwo() {
    for (String[] args : List.of(
        new String[] {"inspect", tmp.resolve("missing").toString()},
        new String[] {"inspect", output.resolve("quotes").toString(), "--format=xml"},
        new String[] {"inspect", output.resolve("quotes").toString(), "--limit=many"},
        new String[] {"inspect", output.resolve("quotes").toString(), "--colour=red"},
        new String[] {"inspect", output.resolve("documents").toString(), "--speaker=Blinken"},
        new String[] {"inspect"})) {
      Run run = main(args);
      assertEquals(2, run.code(), String.join(" ", args));
      assertTrue(run.err().startsWith("kutip: error: "), run.err());
      assertEquals(1, run.err().strip().split("\n").length, run.err());
    }
    Run help = main("inspect", "--help");
    assertEquals(0, help.code());
    for (String option : List.of("--speaker", "--doc", "--type", "--limit", "--format")) {
      assertTrue(help.out().contains(option), option);
    }
  }

  private static boolean speaks(Quote q, String who) {
    return q.getSpeaker().getName() != null && q.getSpeaker().getName().toLowerCase(Locale.ROOT).contains(who);
  }

  // ---- the report in a real browser ----

  private static String chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  private static String browse(String url, String... extra) throws Exception {
    String chromium = chromium();
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,2400"));
    command.addAll(List.of(extra));
    command.add(url);
    Path stdout = tmp.resolve("chromium-" + System.nanoTime() + ".out");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
    return Files.readString(stdout);
  }

  private static int intOf(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertTrue(m.find(), "not in the page: " + regex);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theReportInChromiumShowsTheRunsFiguresAndFiltersBySpeaker() throws Exception {
    assumeTrue(chromium() != null, "Chromium is not installed (apt-get install -y chromium; .ci/run does it): "
        + "the browser test of report.html is skipped");
    List<Document> docs = AvroFiles.read(output.resolve("documents"), Document.class);
    List<Quote> quotes = AvroFiles.read(output.resolve("quotes"), Quote.class);
    List<DeadLetter> dead = AvroFiles.read(output.resolve("dead-letter"), DeadLetter.class);
    String page = output.resolve("report.html").toUri().toString();

    String dom = browse(page + "#speaker=Blinken", "--dump-dom");
    assertEquals(docs.size(), intOf(dom, "id=\"documents-written\">(\\d+)<"));
    assertEquals(quotes.size(), intOf(dom, "id=\"quotes-written\">(\\d+)<"));
    assertEquals(dead.size(), intOf(dom, "id=\"dead-letters-written\">(\\d+)<"));
    for (String type : List.of("DIRECT", "INDIRECT", "MIXED")) {
      long expected = quotes.stream().filter(q -> q.getType().name().equals(type)).count();
      if (expected > 0) {
        assertEquals(expected, intOf(dom, "data-label=\"" + type + "\" data-value=\"(\\d+)\""), type);
      }
    }
    long empty = dead.stream().filter(d -> d.getStage().equals("ReadDumps") && d.getReason().equals("empty")).count();
    assertEquals(empty, intOf(dom, "<td>ReadDumps</td><td>empty</td><td class=\"n\">(\\d+)<"));
    assertEquals(dead.size(), intOf(dom, "data-stage=\"ReadDumps\">.*?class=\"n records\">(\\d+)<"));

    // The script applied the filter from the address: only Blinken's quotes are visible.
    long blinken = quotes.stream().filter(q -> speaks(q, "blinken")).count();
    assertTrue(blinken > 0);
    assertEquals(blinken, intOf(dom, "data-shown=\"(\\d+)\""));
    Matcher rows = Pattern.compile("<tr data-speaker=\"([^\"]*)\"[^>]*?( hidden=\"\")?>").matcher(dom);
    int visible = 0;
    while (rows.find()) {
      if (rows.group(2) == null) {
        visible++;
        assertTrue(rows.group(1).toLowerCase(Locale.ROOT).contains("blinken"), rows.group(1));
      }
    }
    assertEquals(blinken, visible);

    Path shot = Path.of("target", "report-blinken.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    browse(page + "#speaker=Blinken&sort=confidence&desc=1", "--screenshot=" + shot);
    assertTrue(Files.size(shot) > 10_000, "no screenshot at " + shot);
  }
}
