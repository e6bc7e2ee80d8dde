package id.kutip.clean;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells Indonesian from Malay and English by counting the words of each language's list in {@code language/}:
 * function words that Indonesian and Malay share, the markers of each against the other (Indonesian {@code bahwa},
 * {@code karena}, {@code setelah}; Malay {@code bahawa}, {@code kerana}, {@code selepas}) and English function words.
 * Too few known words (a list of names or numbers) leave the language undetermined.
 */
public final class LanguageIdentifier implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String INDONESIAN = "id";
  public static final String MALAY = "ms";
  public static final String ENGLISH = "en";
  /** Fewer known function words than this: not enough to say. */
  static final int MIN_HITS = 5;
  /** Known words per word below this share: the text is in none of these languages (or is not prose). */
  static final double MIN_SHARE = 0.08;
  /** Malay needs at least this many of its markers (three: one loan word is not a language), and more than Indonesian has. */
  static final int MIN_MALAY_MARKERS = 3;

  private static final int SHARED = 1;
  private static final int INDONESIAN_ONLY = 2;
  private static final int MALAY_ONLY = 4;
  private static final int ENGLISH_WORD = 8;

  /** Each known word with the lists it is on, as bits: one lookup per word of the text instead of four. */
  private final WordBits lists = new WordBits(lists());

  private static final LanguageIdentifier BUNDLED = new LanguageIdentifier();

  public static LanguageIdentifier bundled() {
    return BUNDLED;
  }

  /** The ISO 639-1 code of the text's language ({@code id}, {@code ms}, {@code en}), or null when undetermined. */
  public String identify(String text) {
    int words = 0;
    int sharedHits = 0;
    int indonesianHits = 0;
    int malayHits = 0;
    int englishHits = 0;
    // The words are the runs of letters (\p{L}, by code point) of the lower-cased text.
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      int cp = lower.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < lower.length() && Character.isLetter(cp = lower.codePointAt(i)));
      words++;
      int on = lists.get(lower, start, i);
      if (on != 0) {
        sharedHits += on & SHARED;
        indonesianHits += (on & INDONESIAN_ONLY) >> 1;
        malayHits += (on & MALAY_ONLY) >> 2;
        englishHits += (on & ENGLISH_WORD) >> 3;
      }
    }
    int malayIndonesian = sharedHits + Math.max(indonesianHits, malayHits);
    int best = Math.max(malayIndonesian, englishHits);
    if (best < MIN_HITS || best < MIN_SHARE * words) {
      return null;
    }
    if (englishHits > malayIndonesian) {
      return ENGLISH;
    }
    return malayHits >= MIN_MALAY_MARKERS && malayHits > indonesianHits ? MALAY : INDONESIAN;
  }

  /** Whether a word is a function word of Indonesian (shared with Malay or its own): a stop word for body scoring. */
  boolean isIndonesianStopWord(String lowerCaseWord) {
    return (lists.get(lowerCaseWord) & (SHARED | INDONESIAN_ONLY)) != 0;
  }

  boolean isEnglishStopWord(String lowerCaseWord) {
    return (lists.get(lowerCaseWord) & ENGLISH_WORD) != 0;
  }

  static Map<String, Integer> lists() {
    Map<String, Integer> on = new HashMap<>();
    words("id-ms.txt").forEach(w -> on.merge(w, SHARED, (a, b) -> a | b));
    words("id.txt").forEach(w -> on.merge(w, INDONESIAN_ONLY, (a, b) -> a | b));
    words("ms.txt").forEach(w -> on.merge(w, MALAY_ONLY, (a, b) -> a | b));
    words("en.txt").forEach(w -> on.merge(w, ENGLISH_WORD, (a, b) -> a | b));
    return Map.copyOf(on);
  }

  private static Set<String> words(String file) {
    Set<String> words = new HashSet<>();
    for (String word : ResourceLists.names(LineRules.FOLDER + "language/" + file)) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }
}
