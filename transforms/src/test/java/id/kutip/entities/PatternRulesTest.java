package id.kutip.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Trying a rule only where its opening class allows finds what each regex's own {@code find()} finds. */
class PatternRulesTest {
  private static final PatternRules BUNDLED = PatternRules.bundled();

  @Test
  void findsWhatEachRegexFindsInTheIdnewsArticles() throws IOException {
    Path articles = Path.of("../src/samples/idnews/articles.jsonl.gz");
    int hits = 0;
    int texts = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(articles)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<PatternRules.Hit> found = BUNDLED.find(line); // the JSON line itself: text, dates, URLs, escapes
        assertEquals(everyRegexFinds(BUNDLED, line), found);
        hits += found.size();
        texts++;
      }
    }
    assertEquals(416, texts);
    assertTrue(hits > 1000, hits + " hits");
    assertEquals(0, BUNDLED.rulesSearchedWhole(), "every bundled rule opens with a class: [SRKJMA], \\d");
  }

  @Test
  void findsWhatEachRegexFindsInRandomText() {
    String[] pieces = {"Senin", "Jumat", "Minggu", ", ", "(12/3)", "12/3/2025", " ", "  ", "Maret", "Mar", "Januari",
      "2025", "12", "1.250", ",5", "Rp", "Rp.", "IDR", "US$", "$", "USD ", "juta", "miliar", "dolar", "AS", "persen",
      "%", "pukul", "10.30", "WIB", "x", "kaRp", "\uD835\uDC00", "é", ".", "-", "\n", "7", "_", "\u0301", "ap", "S"};
    Random random = new Random(20261203L);
    int hits = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(10); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<PatternRules.Hit> found = BUNDLED.find(text);
      assertEquals(everyRegexFinds(BUNDLED, text), found, () -> "in `" + text + "`");
      hits += found.size();
    }
    assertTrue(hits > 1000, hits + " hits");
  }

  @Test
  void searchesARuleWithoutAnOpeningClassWhole() {
    PatternRules rules = PatternRules.parse("name\ttype\tpattern\n"
        + "plain\tNUMBER\t\\b\\d+\\b\n"
        + "opened\tWORD\t(?=[a-z])\\b[a-z]+\\b\n"
        + "maybe-empty\tEMPTY\t(?=[q])q*\n", "test");
    String text = "ab 12 cd qq 345x";
    assertEquals(1, rules.rulesSearchedWhole());
    assertEquals(everyRegexFinds(rules, text), rules.find(text));
    assertEquals(List.of("12", "ab", "cd", "qq", "qq"),
        rules.find(text).stream().map(h -> text.substring(h.start(), h.end())).toList().subList(0, 5));
  }

  /** The plain way: each rule's {@code find()} over the whole text, non-empty matches, rule by rule. */
  private static List<PatternRules.Hit> everyRegexFinds(PatternRules rules, String text) {
    List<PatternRules.Hit> hits = new ArrayList<>();
    for (PatternRules.Rule rule : rules.rules()) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new PatternRules.Hit(rule, m.start(), m.end()));
        }
      }
    }
    return hits;
  }
}
