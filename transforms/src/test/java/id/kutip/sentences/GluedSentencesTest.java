package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners give what the regexes they replace give. */
class GluedSentencesTest {
  private static final Pattern GLUED = Pattern.compile(GluedSentences.GLUED_REGEX);
  private static final Pattern OPENING_QUOTE = Pattern.compile(GluedSentences.OPENING_QUOTE_REGEX);
  /**
   * Characters the patterns care about and some they do not: letters of both cases (an upper-case letter of the
   * Latin-1 block, a lower-case one outside ASCII, an upper-case one outside the BMP, a title-case one and a modifier
   * letter, which \p{Ll} and \p{Lu} leave out), every mark of the two patterns, digits and spaces. No lower-case
   * letter outside the BMP: the regex's lookbehind reads two chars, not two code points, and missed those (below).
   */
  private static final String[] ALPHABET = {
    "a", "b", "e", "i", "n", "z", "A", "B", "P", "Z", "É", "ß", "\uD835\uDC00" /* 𝐀 Lu */, "ǅ", "ʰ",
    ".", "!", "?", "\"", "”", "’", ")", "“", "‘", "(", " ", "1", ",", "…"
  };

  @Test
  void findsTheSameGluedSentencesAsTheRegexOnRandomText() {
    Random random = new Random(20261203L);
    int glued = 0;
    int quotes = 0;
    for (int n = 0; n < 200_000; n++) {
      String s = randomText(random, 1 + random.nextInt(12));
      int[] ends = regexEnds(s);
      int[] starts = regexStarts(s);
      assertArrayEquals(ends, GluedSentences.gluedEnds(s), () -> "glued, in `" + s + "`");
      assertArrayEquals(starts, GluedSentences.openingQuotes(s), () -> "opening quote, in `" + s + "`");
      glued += ends.length;
      quotes += starts.length;
    }
    // The random texts must hold matches for the comparison to mean anything.
    assertTrue(glued > 100 && quotes > 100, glued + " glued sentences, " + quotes + " opening quotes");
  }

  @Test
  void findsTheCasesItIsFor() {
    assertArrayEquals(new int[] {7}, GluedSentences.gluedEnds("perang.Pertemuan"));
    assertArrayEquals(new int[] {9}, GluedSentences.gluedEnds("inflasi\".Pertemuan"));
    assertArrayEquals(new int[] {9}, GluedSentences.gluedEnds("inflasi.\"Pertemuan"));
    assertArrayEquals(new int[] {8}, GluedSentences.gluedEnds("inflasi.“Pertemuan"));
    assertArrayEquals(new int[] {}, GluedSentences.gluedEnds("Jl.Sudirman"), "one lower-case letter is not a word");
    assertArrayEquals(new int[] {}, GluedSentences.gluedEnds("kompas.com"));
    assertArrayEquals(new int[] {}, GluedSentences.gluedEnds("perang. Pertemuan"));
    assertArrayEquals(new int[] {12}, GluedSentences.openingQuotes("(10/6/2025).\"Nggak saya tagih."));
    assertArrayEquals(new int[] {}, GluedSentences.openingQuotes("kata dia.\" Lalu"));
  }

  @Test
  void readsLettersOutsideTheBmpAsLetters() {
    // 𝐚 is one lower-case letter in two chars; the regex's two-char lookbehind saw half of it and found nothing.
    assertArrayEquals(new int[] {4}, GluedSentences.gluedEnds("\uD835\uDC1Ab.Pertemuan"));
    assertArrayEquals(new int[] {}, regexEnds("\uD835\uDC1Ab.Pertemuan"));
  }

  @Test
  void tellsAnEllipsisToken() {
    assertTrue(SentenceSplitter.isEllipsis("..."));
    assertTrue(SentenceSplitter.isEllipsis("......"));
    assertTrue(SentenceSplitter.isEllipsis("…"));
    assertFalse(SentenceSplitter.isEllipsis(".."));
    assertFalse(SentenceSplitter.isEllipsis("......."));
    assertFalse(SentenceSplitter.isEllipsis(".a."));
  }

  private static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  private static int[] regexEnds(String s) {
    List<Integer> ends = new ArrayList<>();
    Matcher m = GLUED.matcher(s);
    while (m.find()) {
      ends.add(m.end());
    }
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] regexStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = OPENING_QUOTE.matcher(s);
    while (m.find()) {
      starts.add(m.start());
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
