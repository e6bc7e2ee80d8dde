package id.kutip.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word stands whole somewhere in one text, between non-letters: the test of a capitalised word that the
 * text also writes in lower case. The first words a document asks about are found by a plain scan of the text
 * each; past {@value #SCANS_BEFORE_RUNS} words of letters, one pass collects every run of letters of the text, so a
 * document that asks about many words still costs one pass, not one per word. Most documents ask about a few words,
 * and cutting every run of letters out of the text cost more than those scans.
 */
final class WholeWords {
  static final int SCANS_BEFORE_RUNS = 16;

  private final String text;
  /** The answers found by scanning, per word. */
  private final Map<String, Boolean> scanned = new HashMap<>();
  /** Every maximal run of letters of the text, once more than {@value #SCANS_BEFORE_RUNS} words were asked about. */
  private Set<String> letterRuns;
  private int letterWordsScanned;

  WholeWords(String text) {
    this.text = text;
  }

  /** Whether {@code word} stands in the text between non-letters (or at its ends). */
  boolean standsAlone(String word) {
    if (word.isEmpty()) {
      return false;
    }
    boolean letters = isLetters(word);
    if (letters && letterRuns != null) {
      // A word of letters stands alone exactly where it is a whole run of letters.
      return letterRuns.contains(word);
    }
    Boolean known = scanned.get(word);
    if (known != null) {
      return known;
    }
    if (letters && letterWordsScanned >= SCANS_BEFORE_RUNS) {
      letterRuns = letterRuns(text);
      return letterRuns.contains(word);
    }
    if (letters) {
      letterWordsScanned++;
    }
    boolean alone = scan(text, word);
    scanned.put(word, alone);
    return alone;
  }

  /** A plain scan for the word as a whole word: no pattern compiled per word. */
  static boolean scan(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Every maximal run of letters in the text. */
  static Set<String> letterRuns(String text) {
    Set<String> runs = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
    }
    return runs;
  }

  /** Whether every char of the word is a letter. */
  static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
