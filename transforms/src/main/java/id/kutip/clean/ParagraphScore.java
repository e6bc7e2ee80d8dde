package id.kutip.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Paragraph-level precision and recall of a cleaned body against gold paragraphs. Two paragraphs are the same when
 * their texts are equal after {@link TextNormalizer} with all whitespace removed: where a scraper split a paragraph
 * at its links, the gold and the cleaner may join the pieces with or without a space, and that is not what is
 * measured here. Repeated paragraphs count once on both sides.
 */
public record ParagraphScore(int kept, int gold, int right, List<String> missing, List<String> extra) {

  public static ParagraphScore of(List<String> keptParagraphs, List<String> goldParagraphs) {
    Set<String> keptKeys = keys(keptParagraphs);
    Set<String> goldKeys = keys(goldParagraphs);
    int right = 0;
    for (String key : keptKeys) {
      if (goldKeys.contains(key)) {
        right++;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String paragraph : goldParagraphs) {
      if (!keptKeys.contains(key(paragraph))) {
        missing.add(paragraph);
      }
    }
    List<String> extra = new ArrayList<>();
    for (String paragraph : keptParagraphs) {
      if (!goldKeys.contains(key(paragraph))) {
        extra.add(paragraph);
      }
    }
    return new ParagraphScore(keptKeys.size(), goldKeys.size(), right, List.copyOf(missing), List.copyOf(extra));
  }

  /** The paragraphs of a cleaned {@code Document.text}. */
  public static List<String> paragraphs(String documentText) {
    return Arrays.asList(documentText.split("\n\n"));
  }

  /** Sums the counts of several documents (micro average); the paragraph lists are not kept. */
  public ParagraphScore plus(ParagraphScore other) {
    return new ParagraphScore(kept + other.kept, gold + other.gold, right + other.right, List.of(), List.of());
  }

  public static ParagraphScore zero() {
    return new ParagraphScore(0, 0, 0, List.of(), List.of());
  }

  public double precision() {
    return kept == 0 ? (gold == 0 ? 1 : 0) : right / (double) kept;
  }

  public double recall() {
    return gold == 0 ? 1 : right / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The paragraph normalised, without whitespace ({@code \\s}: space, tab, line ends, form feed, vertical tab). */
  static String key(String paragraph) {
    return spaceless(TextNormalizer.normalize(paragraph));
  }

  /**
   * {@link #key} of a text already through {@link TextNormalizer}, as every paragraph inside the cleaner is: normalising
   * it again copies nothing, but reads it twice more (about 5% of the cleaner's time).
   */
  static String spaceless(String normalized) {
    int n = normalized.length();
    int first = 0;
    while (first < n && !isSpace(normalized.charAt(first))) {
      first++;
    }
    if (first == n) {
      return normalized;
    }
    char[] key = new char[n];
    normalized.getChars(0, first, key, 0);
    int k = first;
    for (int i = first + 1; i < n; i++) {
      char c = normalized.charAt(i);
      if (!isSpace(c)) {
        key[k++] = c;
      }
    }
    return new String(key, 0, k);
  }

  /**
   * Whether two texts have the same {@link #spaceless} key, found without building either: a paragraph is compared
   * with the title this way, and most differ at their first letters.
   */
  static boolean sameWithoutSpaces(String a, String b) {
    int i = 0;
    int j = 0;
    int n = a.length();
    int m = b.length();
    while (true) {
      while (i < n && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < m && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == n || j == m) {
        return i == n && j == m;
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Set<String> keys(List<String> paragraphs) {
    Set<String> keys = new LinkedHashSet<>();
    for (String paragraph : paragraphs) {
      keys.add(key(paragraph));
    }
    return keys;
  }
}
