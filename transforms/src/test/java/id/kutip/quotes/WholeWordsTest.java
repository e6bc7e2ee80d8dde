package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WholeWordsTest {
  @Test
  void findsAWordBetweenNonLettersOnly() {
    WholeWords words = new WholeWords("Menurut dia, kata-kata itu “benar” (katanya) 2024dia");
    assertTrue(words.standsAlone("dia"));
    assertTrue(words.standsAlone("kata"));
    assertTrue(words.standsAlone("benar"));
    assertTrue(words.standsAlone("kata-kata"));
    assertFalse(words.standsAlone("menurut"));
    assertFalse(words.standsAlone("nya"));
    assertFalse(words.standsAlone("itu benar"));
    assertFalse(words.standsAlone(""));
  }

  /**
   * The answers do not depend on how many words were asked before: scans for the first words, the letter runs
   * after, against a scan for every word and against the letter runs for every word of letters, on random texts.
   */
  @Test
  void scansAndLetterRunsGiveTheSameAnswers() {
    Random random = new Random(7);
    String[] alphabet = {"a", "b", "c", "A", "é", "ñ", " ", ",", "-", "'", "1", "\n", "“", "\uD835\uDC00", "ka", "ta"};
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      Set<String> runs = WholeWords.letterRuns(t);
      WholeWords words = new WholeWords(t);
      List<String> asked = new ArrayList<>();
      for (int q = 0; q < 3 * WholeWords.SCANS_BEFORE_RUNS; q++) {
        String word;
        if (t.isEmpty() || random.nextInt(3) == 0) {
          StringBuilder w = new StringBuilder();
          for (int i = 1 + random.nextInt(4); i > 0; i--) {
            w.append(alphabet[random.nextInt(alphabet.length)]);
          }
          word = w.toString();
        } else {
          int from = random.nextInt(t.length());
          word = t.substring(from, from + 1 + random.nextInt(Math.min(8, t.length() - from)));
        }
        asked.add(word);
        boolean expected = WholeWords.scan(t, word);
        if (WholeWords.isLetters(word)) {
          assertEquals(runs.contains(word), expected, () -> "runs and scan disagree on " + word + " in " + t);
        }
        assertEquals(expected, words.standsAlone(word), () -> "after " + asked + " in " + t);
      }
    }
  }
}
