package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One pass for every rule's texts finds what a search of the line per rule finds ({@link RequiredText#foundIn}). */
class RuleTextsTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void findsWhatASearchPerRuleFindsOnEveryBundledLine() throws IOException {
    List<RequiredText> needs = LineRules.load(List.of()).patterns().values().stream()
        .flatMap(List::stream).map(RequiredText::of).toList();
    RuleTexts texts = new RuleTexts(needs);
    int found = 0;
    for (String line : RequiredTextTest.sampleLines()) {
      long[] present = texts.present(line);
      for (int rule = 0; rule < needs.size(); rule++) {
        boolean expected = needs.get(rule).foundIn(line);
        found += expected && !needs.get(rule).anyOf().isEmpty() ? 1 : 0;
        assertEquals(expected, RuleTexts.has(present, rule), "rule " + needs.get(rule).anyOf() + " on `" + line + "`");
      }
    }
    assertTrue(needs.size() > 64, needs.size() + " rules: more than one word of bits");
    assertTrue(found > 1_000, found + " texts found");
  }

  /** Texts that overlap, nest and share ends (the classic he, she, his, hers), with case and chars above ASCII. */
  @Test
  void findsOverlappingTextsInRandomLines() {
    List<RequiredText> needs = List.of(
        RequiredText.of(Pattern.compile("he.*")),
        RequiredText.of(Pattern.compile(".*she")),
        RequiredText.of(Pattern.compile("(?:his|hers)")),
        RequiredText.of(Pattern.compile(".*© ?kapanlagi.*", CI)),
        RequiredText.of(Pattern.compile("ab–cd", CI)),
        RequiredText.of(Pattern.compile("\\d+")),
        RequiredText.of(Pattern.compile("İİ.*|ßs", CI)));
    assertEquals(List.of(), needs.get(5).anyOf(), "a rule without text");
    RuleTexts texts = new RuleTexts(needs);
    String[] pieces = {"h", "e", "s", "r", "i", "©", " ", "KapanLagi", "kapan", "lagi", "AB", "–", "cd", "İ", "ı", "i",
      "ß", "S", "x", "é"};
    Random random = new Random(20261204L);
    int found = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      long[] present = texts.present(line.toString());
      for (int rule = 0; rule < needs.size(); rule++) {
        boolean expected = needs.get(rule).foundIn(line.toString());
        found += expected && rule != 5 ? 1 : 0;
        assertEquals(expected, RuleTexts.has(present, rule), "rule " + needs.get(rule).anyOf() + " on `" + line + "`");
      }
    }
    assertTrue(found > 10_000, found + " texts found");
  }
}
