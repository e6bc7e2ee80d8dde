package id.kutip.scaling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.entities.EntityTagger;
import id.kutip.entities.PatternRules;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SentenceSplitter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No text-scanning core costs more than linear time, whatever the text: quote attribution over a document's
 * paragraphs, entity tagging with the {@code patterns.tsv} rules, sentence splitting, cleaning with the line rules,
 * and JSON Lines parsing, each fed adversarial inputs (runs of quotation marks, capitalised words and titles, digits
 * and punctuation the date, money and percent patterns half match, long runs of spaces, quotes that never close).
 *
 * <p>Each input is built at size {@code n} and {@code 8n}; both are run once to warm up, then timed a few times,
 * the minimum kept. The larger must cost at most {@value #MAX_RATIO} times the smaller: a linear core gives about
 * 8, one quadratic step about 64. Sizes are compared within one run, never against a clock, so a slow or busy
 * machine does not matter; a ratio over the bound is measured again (up to {@value #ATTEMPTS} times) before it
 * fails, so that a pause of the machine does not either. {@code n} is chosen so that a measurement takes
 * milliseconds to tens of milliseconds. Time is the test thread's CPU time, so that waiting for a core on a busy
 * machine is not counted.
 */
class LinearScalingTest {
  static final int GROWTH = 8;
  static final double MAX_RATIO = 16;
  static final int ATTEMPTS = 3;

  private static SentenceSplitter splitter;
  private static EntityTagger tagger;
  private static QuoteAttributor attributor;
  private static DocumentCleaner cleaner;
  private static LineRules rules;
  private static PatternRules patterns;

  @BeforeAll
  static void load() {
    splitter = SentenceSplitter.shared();
    tagger = EntityTagger.load(List.of());
    attributor = new QuoteAttributor();
    rules = LineRules.load(List.of());
    cleaner = new DocumentCleaner(rules);
    patterns = PatternRules.bundled();
  }

  /** One input of one core: how to build it at a size, and the work to time. */
  private record Case<T>(String name, int n, IntFunction<T> input, Consumer<T> core) {}

  private static <T> Case<T> of(String name, int n, IntFunction<T> input, Consumer<T> core) {
    return new Case<>(name, n, input, core);
  }

  @TestFactory
  Stream<DynamicTest> quoteAttributionOverADocumentsParagraphs() {
    // The document's sentences and entities are found before the clock starts: only attribution is timed.
    Consumer<Document> attribute = attributor::attribute;
    return tests("attribution", Stream.of(
        of("a run of quotation marks", 20_000, n -> document("Kata Jokowi: " + "\"".repeat(n) + " selesai."), attribute),
        of("quoted words with cues in one paragraph", 150,
            n -> document(repeat(n, i -> "\"Kata nomor " + i + "\" kata Jokowi ")), attribute),
        of("quotes that never close", 150,
            n -> document(repeat(n, i -> "\u201cKami akan bekerja di desa " + i + ", kata Jokowi. ")), attribute),
        of("capitalised words", 3000, n -> document("Menurut " + capitalisedWords(n) + " kata Jokowi."), attribute),
        of("a run of titles", 1500, n -> document("Menteri ".repeat(n) + "Budi Santoso mengatakan hal itu."), attribute),
        of("speakers before colons in one sentence", 80,
            n -> document(repeat(n, i -> "Jokowi: \"Pernyataan nomor " + i + "\" ")), attribute),
        of("passive verbs pointing back", 300,
            n -> document(repeat(n, i -> "Harga beras naik " + i + " persen. Hal itu dikatakan Jokowi. ")), attribute),
        of("pronoun cues among places", 1000, n -> document("Jakarta katanya. ".repeat(n)), attribute),
        of("a cue, then quotes without one", 1500,
            n -> document("\"Kami siap,\" kata Jokowi, " + repeat(n, i -> "\"nomor " + i + "\" ")), attribute),
        of("menurut after commas in one sentence", 1000,
            n -> document(repeat(n, i -> "harga naik " + i + ", menurut Jokowi dan ") + "selesai."), attribute),
        of("cues after commas in one unpunctuated sentence", 300,
            n -> document(repeat(n, i -> "harga naik " + i + " persen, kata Jokowi, ") + "selesai."), attribute),
        of("verbs of saying in one unpunctuated sentence", 300,
            n -> document(repeat(n, i -> "Jokowi mengatakan harga naik " + i + " persen dan ") + "selesai."), attribute),
        of("one quote per paragraph", 300,
            n -> document(repeat(n, i -> "\"Kami siap nomor " + i + ",\" kata Jokowi.\n\n")), attribute),
        of("open quotes running over paragraphs", 1000,
            n -> document(repeat(n, i -> "\"Kami akan terus bekerja " + i + "\n\n") + "kata Jokowi."), attribute)));
  }

  @TestFactory
  Stream<DynamicTest> entityTaggingWithThePatternRules() {
    Consumer<String> tag = tagger::tag;
    return tests("entities", Stream.of(
        of("capitalised words", 1000, LinearScalingTest::capitalisedWords, tag),
        of("a list of names after a cue", 400, n -> "kata Jokowi" + repeat(n, i -> ", " + name(i)) + ".", tag),
        of("a run of titles", 500, n -> "Menteri ".repeat(n) + "Budi Santoso.", tag),
        of("digits and punctuation the patterns half match", 100, n -> repeat(n, i -> HALF_MATCHES), tag),
        of("a run of quotation marks", 20_000, n -> "\"".repeat(n), tag),
        of("a long run of spaces between words", 20_000, n -> "Jokowi" + " ".repeat(n) + "Widodo dan" + " ".repeat(n), tag),
        of("patterns.tsv alone on half matches", 100, n -> repeat(n, i -> HALF_MATCHES), patterns::find),
        of("patterns.tsv alone on digit runs", 10_000, n -> "1.".repeat(n) + " " + "9".repeat(n) + " Rp" + "0,".repeat(n),
            patterns::find)));
  }

  @TestFactory
  Stream<DynamicTest> sentenceSplitting() {
    Consumer<String> split = splitter::split;
    return tests("sentences", Stream.of(
        of("a run of quotation marks", 1000, n -> "Kata " + "\"".repeat(n) + " akhir.", split),
        of("quote and letter in a row", 500, n -> "Kata " + "\"a".repeat(n) + " akhir.", split),
        of("a run of ampersands", 1000, n -> "Kata " + "&".repeat(n) + " akhir.", split),
        of("a run of dashes and ellipses", 1000, n -> "Kata " + "\u2014\u2026".repeat(n) + " akhir.", split),
        of("glued sentences", 1000, n -> "Kata" + ".Kata".repeat(n), split),
        of("initials", 5000, n -> "A.".repeat(n) + " Kata kami.", split),
        of("digits and full stops", 5000, n -> "1.".repeat(n) + " Kata kami.", split),
        of("emoji joined into one", 1000, n -> "Kata " + "\ud83d\ude00\u200d".repeat(n) + " akhir.", split),
        of("a long run of spaces", 20_000, n -> "Kata" + " ".repeat(n) + "akhir.", split),
        of("plain sentences", 300, n -> "Presiden Joko Widodo meninjau bendungan di Bogor. ".repeat(n), split)));
  }

  @TestFactory
  Stream<DynamicTest> cleaningWithTheLineRules() {
    Consumer<String> clean = text -> clean(text, "text");
    return tests("cleaning", Stream.of(
        of("one long line of news", 30, n -> NEWS_LINE.repeat(n), clean),
        of("a long run of spaces in a line", 20_000, n -> NEWS_LINE + " ".repeat(n) + NEWS_LINE, clean),
        of("many short lines", 200, n -> repeat(n, i -> "Baris " + i + "\n"), clean),
        of("a caption that never ends", 10_000, n -> "ANTARA FOTO " + "kata ".repeat(n) + "\n\n" + NEWS_LINE, clean),
        of("a photo credit of many parts", 10_000, n -> "FOTO" + "/AB".repeat(n) + " Ilustrasi\n\n" + NEWS_LINE, clean),
        of("a dateline of capitals", 5000, n -> "JAKARTA ".repeat(n) + "- " + NEWS_LINE, clean),
        of("paragraphs that start alike", 100,
            n -> repeat(n, i -> "Presiden Joko Widodo meninjau pembangunan bendungan nomor " + i + " di Bogor.\n\n"), clean),
        of("a title of many site names", 3000, n -> repeat(n, i -> " - Kompas.com " + i) + " | Tempo", rules::stripTitleAffixes),
        of("nested html", 500, n -> "<html><body>" + "<div>".repeat(n) + "<p>" + NEWS_LINE + "</p>"
            + "</div>".repeat(n) + "</body></html>", text -> clean(text, "html")),
        of("an author of many hyphenated parts", 5000, n -> "<html><head><meta name=\"author\" content=\""
            + "a-".repeat(n) + "\"></head><body><p>" + NEWS_LINE + "</p></body></html>", text -> clean(text, "html"))));
  }

  @TestFactory
  Stream<DynamicTest> jsonLinesParsing() {
    Consumer<byte[]> read = bytes -> new DumpReader(64L << 20, 1L << 32, JsonFields.DEFAULT)
        .read("file:///scaling.jsonl", new ByteArrayInputStream(bytes), SINK);
    return tests("json lines", Stream.of(
        of("one long text value", 200_000, n -> utf8("{\"id\":\"a\",\"text\":\"" + "a".repeat(n) + "\"}\n"), read),
        of("escapes in a value", 30_000, n -> utf8("{\"id\":\"a\",\"text\":\"" + "\\u00e9\\\"".repeat(n) + "\"}\n"), read),
        of("many short lines", 2000, n -> utf8(repeat(n, i -> "{\"id\":\"" + i + "\",\"text\":\"isi\"}\n")), read),
        of("a long run of spaces", 200_000, n -> utf8("{\"id\":\"a\"," + " ".repeat(n) + "\"text\":\"isi\"}\n"), read),
        of("lines nested to the limit", 20,
            n -> utf8(repeat(n, i -> "{\"text\":\"isi\",\"x\":" + "[".repeat(900) + "]".repeat(900) + "}\n")), read),
        of("lines nested past the limit", 20, n -> utf8(repeat(n, i -> "[".repeat(5000) + "\n")), read),
        of("many keys on a line", 10_000, n -> utf8("{" + repeat(n, i -> "\"k" + i + "\":" + i + ",") + "\"text\":\"isi\"}\n"),
            read)));
  }

  // ---- measuring ----------------------------------------------------------------------------------------------

  private static Stream<DynamicTest> tests(String core, Stream<Case<?>> cases) {
    return cases.map(c -> DynamicTest.dynamicTest(c.name(), () -> assertLinear(core, c)));
  }

  private static <T> void assertLinear(String core, Case<T> c) {
    T small = c.input().apply(c.n());
    T large = c.input().apply(GROWTH * c.n());
    for (int i = 0; i < 3; i++) {
      c.core().accept(small); // warm up: the first runs are the JIT's
    }
    c.core().accept(large);
    List<String> measured = new ArrayList<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long smallNanos = fastest(c.core(), small, 5);
      long largeNanos = fastest(c.core(), large, 3);
      double ratio = largeNanos / (double) Math.max(1, smallNanos);
      String line = String.format(Locale.ROOT, "%s / %s: n=%d %.1f ms, 8n %.1f ms, ratio %.1f", core, c.name(), c.n(),
          smallNanos / 1e6, largeNanos / 1e6, ratio);
      System.out.println(line);
      measured.add(line);
      if (ratio <= MAX_RATIO) {
        return;
      }
    }
    assertTrue(false, "cost grows faster than the input:\n" + String.join("\n", measured));
  }

  private static <T> long fastest(Consumer<T> core, T input, int times) {
    // The thread's CPU time, not the clock: on a machine shared with other jobs the clock also counts the time this
    // thread waited for a core, which fell on the larger input more than in proportion (ratios of 16.5 to 17 for a
    // case that measures 8.8 on a quiet machine, seen while another JVM ran on both cores).
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < times; i++) {
      long start = threads.getCurrentThreadCpuTime();
      core.accept(input);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  // ---- inputs -------------------------------------------------------------------------------------------------

  /** Numbers, dates, times, money and percentages each missing its last part. */
  private static final String HALF_MATCHES = "Rp 1.000.000.000.000.000.000.000,55555 12 Januari 20 Senin, (1/ "
      + "10.30 WI 1/2/20 15,5 pers US$ 1.000.000 dol Selasa, 3 Mar 202 Jumat (12/ 99 dolar Ameri 7,25 % ";
  private static final String NEWS_LINE = "Presiden Joko Widodo meninjau pembangunan bendungan di Kabupaten Bogor, "
      + "Jawa Barat, dan mengatakan proyek itu akan mengurangi banjir di Jakarta sampai 30 persen. ";

  private static final DumpReader.Sink SINK = new DumpReader.Sink() {
    @Override
    public void document(RawDocument document) {}

    @Override
    public void failure(DeadLetter deadLetter) {}
  };

  private static Document document(String text) {
    return Document.newBuilder().setDocId("scaling").setSourceUri("file:///scaling.txt").setText(text)
        .setSentences(splitter.split(text)).setEntities(tagger.tag(text)).build();
  }

  private static void clean(String text, String format) {
    try {
      cleaner.clean(RawDocument.newBuilder().setDocId("scaling").setSourceUri("file:///scaling").setFormat(format)
          .setText(text).build());
    } catch (RejectedInputException e) {
      // an input the cleaner rejects has still been read through
    }
  }

  private static String repeat(int n, Function<Integer, String> unit) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(unit.apply(i));
    }
    return out.toString();
  }

  /** Capitalised words at random, every one different, a comma now and then. */
  private static String capitalisedWords(int n) {
    SplittableRandom random = new SplittableRandom(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('A' + random.nextInt(26)));
      int length = 3 + random.nextInt(7);
      for (int k = 0; k < length; k++) {
        out.append((char) ('a' + random.nextInt(26)));
      }
      out.append(i % 7 == 6 ? ", " : " ");
    }
    return out.toString();
  }

  /** A made-up name, different for every {@code i}. */
  private static String name(int i) {
    return "Wiro" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676 % 26) + "jo";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
