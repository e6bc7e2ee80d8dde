package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningClassTest {
  /** Regexes that open with one class and look behind, at word boundaries and ahead, as the bundled rules do. */
  private static final List<Pattern> PATTERNS = List.of(
      // the bundled split rule: paragraphs a scraper joined with commas
      Pattern.compile("(?=[\\s,])(?<=[\\p{Ll}\\p{N})][.!?][\"”]?)\\s?,(?=[\\p{Lu}\"“])"),
      Pattern.compile("(?=\\d)\\b\\d{1,3}(?:[.]\\d{3}){0,2}\\s{0,3}(?:persen\\b|%)"),
      Pattern.compile("(?=[SRK])\\b(?:Senin|Rabu|Kamis),?\\s{0,3}\\d{1,2}"),
      Pattern.compile("(?=\\p{Lu})(?<!\\p{L})\\p{Lu}{2,5}\\b"),
      Pattern.compile("(?=[a,])a?,?", Pattern.CASE_INSENSITIVE)); // empty matches too

  private static final String ALPHABET = "aA,. \t\"”“)!?SRK0123%persnuiKamis\u00e9\uD835\uDC00";

  @Test
  void matchesAreThoseOfFindOnRandomTexts() {
    Random random = new Random(11);
    List<BitSet> starts = PATTERNS.stream().map(OpeningClass::of).toList();
    int matched = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(8) == 0 ? " Senin, 12 " : random.nextInt(9) == 0 ? "kata dia.”, Kami" : String.valueOf(
            ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
      }
      for (int p = 0; p < PATTERNS.size(); p++) {
        Pattern pattern = PATTERNS.get(p);
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          if (m.end() > m.start()) {
            expected.add(m.start() + "-" + m.end());
          }
        }
        List<String> found = new ArrayList<>();
        OpeningClass.find(pattern, starts.get(p), text.toString(), (s, e) -> found.add(s + "-" + e));
        assertEquals(expected, found, pattern + " in \"" + text + "\"");
        List<String> searched = new ArrayList<>();
        OpeningClass.find(pattern, null, text.toString(), (s, e) -> searched.add(s + "-" + e));
        assertEquals(expected, searched, "without a class: " + pattern + " in \"" + text + "\"");
        matched += found.size();
      }
    }
    assertTrue(matched > 1_000, "the texts must give matches: " + matched);
  }

  @Test
  void theClassIsReadUnderThePatternsFlags() {
    BitSet exact = OpeningClass.of(Pattern.compile("(?=[a,])a,"));
    BitSet folded = OpeningClass.of(Pattern.compile("(?=[a,])a,", Pattern.CASE_INSENSITIVE));
    assertTrue(exact.get('a') && exact.get(',') && !exact.get('A') && !exact.get('b'));
    assertTrue(folded.get('A'));
    assertTrue(exact.get('\uD835'), "high surrogates are always tried");
    assertNull(OpeningClass.of(Pattern.compile("a(?=b)")), "a regex that opens otherwise has no class");
    assertNull(OpeningClass.of(Pattern.compile("(?=[ab]c)x")), "a lookahead of more than one class is not an opening");
    assertEquals(6, OpeningClass.end("(?=\\d)\\b1"), "(?=\\d) is six chars");
    assertFalse(OpeningClass.end("\\d") >= 0);
  }
}
